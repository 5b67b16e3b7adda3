"""A guide for public servants: the home page's ways in, the navigation, the site's information pages in
the footer (accessibility, legal notice, reporting an error, licence), WhatsApp among the share links,
the glossary's letters in a row, the initiatives filters folded on a phone, breadcrumbs on the pages
outside the navigation, the public-service look; what a reader sees, on a wide and on a phone screen."""
import json
import re
from urllib.parse import quote, urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from conftest import ROOT, mkdocs_build

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
SCREENS = {"large": {"width": 1280, "height": 800}, "téléphone": {"width": 390, "height": 844}}
REPOSITORY = "https://github.com/guide-numerique-local/guide"
FOOTER = [("Accessibilité\u202f: non conforme", "accessibilite/"), ("Mentions légales", "mentions-legales/"),
          ("Signaler une erreur", "signaler-une-erreur/"), ("Licence", "licence/")]
INFORMATION_PAGES = {"/accessibilite/": "Déclaration d'accessibilité", "/mentions-legales/": "Mentions légales",
                     "/signaler-une-erreur/": "Signaler une erreur", "/licence/": "Licence"}


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request, browser):
    context = browser.new_context(locale="fr-FR", viewport=SCREENS[request.param])
    page = context.new_page()
    page.screen_name = request.param
    yield page
    context.close()


def axe_violations(page):
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} ({v['impact']}) {json.dumps(n['target'])}: {n['failureSummary']}"
            for v in result["violations"] for n in v["nodes"]]


def hrefs(locator):
    """(text, path) of each link, its address resolved against the page's and without the host (Material's
    instant navigation makes them absolute)."""
    page = locator.page
    return [(link.inner_text().strip(), urlsplit(urljoin(page.url, link.get_attribute("href"))).path)
            for link in locator.all()]


# --- The home page: « Par où commencer ? » ---

def test_home_page_shows_the_three_ways_in_first_with_what_each_takes(screen, site_url):
    screen.goto(site_url + "/", wait_until="networkidle")
    article = screen.locator("article")
    assert article.get_by_role("heading", level=2).first.inner_text() == "Par où commencer\u202f?"
    ways = article.locator(".gb-start > li")
    assert [way.get_by_role("heading", level=3).inner_text() for way in ways.all()] == [
        "Faire le point\u202f: l'autodiagnostic",
        "Trouver les démarches qui vous conviennent\u202f: «\u202fQuels dispositifs\u202f?\u202f»",
        "Avancer étape par étape"]
    assert ways.nth(0).locator(".gb-start__takes").inner_text() == \
        "Environ un quart d'heure, davantage si vous y répondez à plusieurs."
    assert ways.nth(1).locator(".gb-start__takes").inner_text() == "Deux ou trois questions, quelques minutes."
    assert hrefs(ways.nth(0).locator(".gb-start__tools > li > a")) == [
        ("Autodiagnostic\u202f: où en est votre collectivité\u202f?", "/autodiagnostic/"),
        ("Autodiagnostic\u202f: quelle est la maturité de votre e-gouvernement\u202f?", "/maturite-e-gouvernement/"),
        ("Autodiagnostic\u202f: où en sont les outils numériques de votre service urbain\u202f?", "/maturite-services-urbains/"),
        ("Autodiagnostic\u202f: de quelles données disposez-vous pour aménager les quartiers vulnérables\u202f?",
         "/maturite-donnees-amenagement/")]
    assert ways.nth(0).locator(".gb-start__detail").first.inner_text() == \
        "Stimuler le développement économique local · 10 questions"
    assert hrefs(ways.nth(1).locator(".gb-start__tools > li > a")) == [
        ("Quels dispositifs pour votre collectivité\u202f?", "/arbre-de-decision/"),
        ("Quelles approches pour améliorer la relation avec les habitants\u202f?", "/arbre-de-decision/relations-citoyens/"),
        ("Quels outils numériques pour vos services urbains\u202f?", "/arbre-de-decision/services-urbains/"),
        ("Quelles démarches pour mieux connaître et aménager les quartiers vulnérables\u202f?",
         "/arbre-de-decision/amenagement-vulnerables/")]
    assert hrefs(ways.nth(2).locator(".gb-start__tools > li > a")) == [
        ("Stimuler le développement économique local", "/developpement-economique/"),
        ("Améliorer les relations entre la collectivité et les citoyen·nes", "/relations-citoyens/"),
        ("Gérer les services urbains", "/services-urbains/"),
        ("Aménager pour les plus vulnérables", "/amenagement-vulnerables/")]
    assert ways.nth(2).locator(".gb-start__detail").first.inner_text() == "6 étapes"
    for link in ways.locator("a").all():
        assert link.is_visible()
    # The three ways come before the domains, then the working tools.
    assert [h.inner_text() for h in article.get_by_role("heading", level=2).all()][:3] == [
        "Par où commencer\u202f?", "Les domaines du guide", "Pour travailler en équipe"]


def test_home_page_links_the_working_tools(page, site_url):
    page.goto(site_url + "/", wait_until="networkidle")
    section = page.locator("h2#pour-travailler-en-equipe + ul > li > a")
    assert hrefs(section) == [("Toutes les listes de questions", "/checklists/"), ("Questions clés", "/questions-cles/"),
                              ("Boîtes à idées", "/boites-a-idees/"), ("Les initiatives", "/initiatives/"),
                              ("Le glossaire", "/glossaire/"), ("À propos", "/a-propos/")]


def test_the_ways_in_open_the_self_assessment_and_the_decision_tree(page, site_url):
    page.goto(site_url + "/", wait_until="networkidle")
    page.get_by_role("link", name="Autodiagnostic\u202f: où en est votre collectivité\u202f?").click()
    page.wait_for_url(site_url + "/autodiagnostic/")
    expect(page.locator("article h1")).to_have_text("Autodiagnostic\u202f: où en est votre collectivité\u202f?")
    page.go_back()
    page.get_by_role("link", name="Quels outils numériques pour vos services urbains\u202f?").click()
    page.wait_for_url(site_url + "/arbre-de-decision/services-urbains/")
    expect(page.locator("article h1")).to_have_text("Quels outils numériques pour vos services urbains\u202f?")


def test_the_navigation_is_shown_on_a_wide_screen_and_behind_the_menu_on_a_phone(screen, site_url):
    screen.goto(site_url + "/", wait_until="networkidle")
    # The first level of the site navigation, and whether each entry lies on the screen (on a phone,
    # Material keeps the menu beside the screen until the menu button is pressed).
    shown = screen.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        '.md-nav--primary > .md-nav__list > .md-nav__item > .md-nav__link')].filter(e => e.checkVisibility()).map(e => {
            const box = e.getBoundingClientRect();
            return [e.textContent.trim(), box.right > 0 && box.left < innerWidth && box.width > 0];
        }))""")
    for label in ("Accueil", "Autodiagnostic", "Initiatives", "Toutes les listes de questions", "Glossaire"):
        assert shown[label] == (screen.screen_name == "large"), label
    assert screen.locator("label.md-header__button[for='__drawer']").is_visible() == (screen.screen_name != "large")


# --- The public-service look ---

def test_headings_are_dark_and_bold_and_text_is_18_px_on_a_wide_screen(screen, site_url):
    screen.goto(site_url + "/developpement-economique/feuille-de-route/", wait_until="networkidle")
    style = screen.evaluate("""() => {
        const h1 = getComputedStyle(document.querySelector('article h1'));
        const p = getComputedStyle(document.querySelector('article .gb-prose p'));
        return [h1.color, h1.fontWeight, p.fontSize];
    }""")
    assert style[:2] == ["rgb(26, 26, 26)", "700"]
    assert style[2] == ("18px" if screen.screen_name == "large" else "17px")


def test_a_focused_link_has_a_thick_ring(page, site_url):
    page.goto(site_url + "/", wait_until="networkidle")
    page.locator("article .gb-start a").first.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    ring = page.evaluate("() => { const s = getComputedStyle(document.activeElement); "
                         "return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.textDecorationLine]; }")
    assert ring == ["solid", "3px", "rgb(26, 26, 26)", "underline"]


def test_the_site_name_wraps_on_a_phone_rather_than_being_cut(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "/initiatives/datacity-casablanca/", wait_until="networkidle")
    page.mouse.wheel(0, 1500)        # Material swaps the name for the page's title once the title is gone
    page.wait_for_function("document.querySelector('.md-header__title--active') !== null")
    name = page.locator(".md-header__topic").first.locator(".md-ellipsis")
    assert name.is_visible()
    assert name.inner_text() == "Le numérique au service des collectivités locales"
    assert page.evaluate("() => { const e = document.querySelector('.md-header__topic .md-ellipsis'); "
                         "return e.scrollWidth <= e.clientWidth; }")
    box, header = name.bounding_box(), page.locator(".md-header").bounding_box()
    assert box["height"] > 30 and box["y"] >= header["y"] and box["y"] + box["height"] <= header["y"] + header["height"]
    context.close()


def test_case_studies_on_a_step_page_are_not_flagged_in_red(page, site_url):
    page.goto(site_url + "/developpement-economique/diagnostic-ecosysteme/", wait_until="networkidle")
    box = page.locator(".gb-initiative").first
    colours = box.evaluate("e => { const s = getComputedStyle(e); return [s.borderLeftColor, s.borderTopColor]; }")
    assert colours == ["rgb(199, 207, 217)", "rgb(29, 78, 137)"]


# --- The footer and the site's information pages ---

PAGE_TYPES = ["", "developpement-economique/", "developpement-economique/feuille-de-route/",
              "initiatives/", "initiatives/datacity-casablanca/", "glossaire/", "glossaire/tiers-lieu/",
              "arbre-de-decision/", "autodiagnostic/", "checklists/", "checklists/services-urbains/",
              "questions-cles/", "accessibilite/", "licence/"]


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_every_page_type_has_the_footer_links(built_site, path):
    html = (built_site / path / "index.html").read_text(encoding="utf-8")
    footer = re.search(r'<nav class="gb-site-links" aria-label="Informations sur le site">(.*?)</nav>', html, re.S)
    assert footer, path
    links = [(text, urljoin("/" + path, href)) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer.group(1))]
    assert links == [(text, "/" + target) for text, target in FOOTER]
    assert "Site produit avec" not in html
    for _text, target in FOOTER:
        assert (built_site / target / "index.html").is_file()


def test_the_404_page_has_the_footer_links(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert re.findall(r'<li><a href="([^"]+)">', html.split('aria-label="Informations sur le site"')[1].split("</nav>")[0]) == [
        "/accessibilite/", "/mentions-legales/", "/signaler-une-erreur/", "/licence/"]


def test_the_footer_links_are_reached_with_the_keyboard_and_lead_to_the_four_pages(page, site_url):
    page.goto(site_url + "/licence/", wait_until="networkidle")
    reached = []
    for _ in range(80):
        page.keyboard.press("Tab")
        text = page.evaluate("document.activeElement.closest('.gb-site-links') ? document.activeElement.textContent : ''")
        if text:
            reached.append(text.strip())
        if len(reached) == 4:
            break
    assert reached == [text for text, _target in FOOTER]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")            # « Mentions légales »
    page.wait_for_url(site_url + "/mentions-legales/")
    for path, title in INFORMATION_PAGES.items():
        page.goto(site_url + path, wait_until="networkidle")
        assert page.locator("article h1").inner_text() == title


def test_the_accessibility_statement_says_what_was_and_was_not_checked(page, site_url):
    page.goto(site_url + "/accessibilite/", wait_until="networkidle")
    article = page.locator("article")
    assert article.locator("h2").all_inner_texts()[:5] == [
        "État de conformité", "Comment le site est vérifié", "Ce qui n'est pas conforme ou n'a pas été vérifié",
        "Technologies utilisées", "Signaler un problème d'accessibilité"]
    text = article.inner_text()
    assert "Le site est non conforme au RGAA 4.1." in text
    assert "Aucun audit manuel" in text and "ne sont pas balisés pour l'accessibilité" in text
    assert "saisir le Défenseur des droits" in text
    assert article.get_by_role("link", name="formulaire de signalement du dépôt du projet").get_attribute("href") == \
        REPOSITORY + "/issues/new?template=signaler-une-erreur.yml"


def test_report_and_licence_pages_link_the_repository(page, site_url):
    page.goto(site_url + "/signaler-une-erreur/", wait_until="networkidle")
    assert page.get_by_role("link", name="Ouvrir le formulaire de signalement").get_attribute("href") == \
        REPOSITORY + "/issues/new?template=signaler-une-erreur.yml"
    page.goto(site_url + "/licence/", wait_until="networkidle")
    assert page.locator("article").get_by_role("link", name="LICENSE").first.get_attribute("href") == \
        REPOSITORY + "/blob/main/LICENSE"
    assert page.get_by_role("link", name="dépôt du projet").get_attribute("href") == REPOSITORY
    page.goto(site_url + "/a-propos/", wait_until="networkidle")
    assert page.locator("article").get_by_role("link", name="LICENSE").get_attribute("href") == \
        REPOSITORY + "/blob/main/LICENSE"
    assert page.locator("article").get_by_role("link", name="dépôt du projet").first.get_attribute("href") == REPOSITORY


def test_legal_notice_without_publisher_says_the_site_is_a_copy_of_the_project(page, site_url):
    page.goto(site_url + "/mentions-legales/", wait_until="networkidle")
    text = page.locator("article").inner_text()
    assert ("Ce site est une copie du guide libre «\u202fLe numérique au service des collectivités locales\u202f», "
            "construite à partir des sources publiques du projet\u202f: " + REPOSITORY + ".") in text
    assert "L'hébergeur de cette copie n'a pas été indiqué lors de sa construction." in text
    assert "à préciser" not in text


def test_legal_notice_names_the_publisher_and_host_given_to_the_build(tmp_path):
    result = mkdocs_build(ROOT, tmp_path / "site", {
        "GUIDE_PUBLISHER": "la Ville de Saint-Louis <direction du numérique>",
        "GUIDE_HOST": "Hébergeur SA, 1 rue du Port, Dakar", "GUIDE_REPOSITORY": "https://gitlab.example.org/ville/guide"})
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "mentions-legales" / "index.html").read_text(encoding="utf-8")
    assert "<p>Ce site est publié par la Ville de Saint-Louis &lt;direction du numérique&gt;, qui en est responsable.</p>" in html
    assert "<p>Le site est hébergé par Hébergeur SA, 1 rue du Port, Dakar.</p>" in html
    report = (tmp_path / "site" / "signaler-une-erreur" / "index.html").read_text(encoding="utf-8")
    assert ('<a href="https://gitlab.example.org/ville/guide/-/issues/new" rel="noopener noreferrer">'
            'Ouvrir le formulaire de signalement</a>') in report


# --- Sharing on WhatsApp ---

def test_whatsapp_share_link_carries_the_title_and_address_and_nothing_is_loaded(page, site_url):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + "/glossaire/tiers-lieu/", wait_until="networkidle")
    page.get_by_role("button", name="Partager").click()
    link = page.get_by_role("link", name="Partager sur WhatsApp")
    assert link.is_visible()
    address = quote(site_url + "/glossaire/tiers-lieu/", safe="")
    assert link.get_attribute("href") == (
        "https://wa.me/?text=Tiers-lieu%20-%20Le%20num%C3%A9rique%20au%20service%20des%20collectivit%C3%A9s"
        "%20locales%20" + address)
    assert [url for url in requests if not url.startswith(site_url)] == []


# --- Finding one's way ---

@pytest.mark.parametrize("width, per_row", [(1280, 13), (390, 7)])
def test_the_glossary_letters_are_laid_out_in_a_row(browser, site_url, width, per_row):
    context = browser.new_context(locale="fr-FR", viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(site_url + "/glossaire/", wait_until="networkidle")
    tops = page.evaluate("[...document.querySelectorAll('.gb-letters li')].map(li => li.getBoundingClientRect().top)")
    assert len(tops) == 18
    assert len(set(tops[:per_row])) == 1, tops      # the first letters share one row
    assert len(set(tops)) <= 3, tops                # and a phone needs at most three
    context.close()


def crumbs(page):
    return hrefs(page.locator("nav[aria-label=\"Fil d'Ariane\"] a"))


def test_a_case_study_shows_its_breadcrumb_and_its_section_in_the_navigation(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "/initiatives/datacity-casablanca/", wait_until="networkidle")
    assert crumbs(page) == [("Accueil", "/"), ("Initiatives", "/initiatives/")]
    entry = page.locator("nav.md-nav--primary li.md-nav__item--active > a.md-nav__link")
    assert entry.inner_text().strip() == "Initiatives"
    assert entry.is_visible()
    assert entry.evaluate("e => getComputedStyle(e).fontWeight") == "700"


def test_a_term_shows_its_breadcrumb_and_its_section_in_the_navigation(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "/glossaire/tiers-lieu/", wait_until="networkidle")
    assert crumbs(page) == [("Accueil", "/"), ("Glossaire", "/glossaire/")]
    entry = page.locator("nav.md-nav--primary li.md-nav__item--active > a.md-nav__link")
    assert entry.inner_text().strip() == "Glossaire"


def test_breadcrumbs_are_in_the_html_without_javascript(browser, site_url):
    context = browser.new_context(locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/initiatives/datacity-casablanca/")
    assert crumbs(page) == [("Accueil", "/"), ("Initiatives", "/initiatives/")]
    context.close()


def test_the_initiatives_filters_fold_on_a_phone_and_stay_open_on_a_wide_screen(screen, site_url):
    screen.goto(site_url + "/initiatives/", wait_until="networkidle")
    form = screen.locator("#filtres-initiatives")
    toggle = screen.locator("button.gb-filters__toggle")
    if screen.screen_name == "large":
        assert form.is_visible()
        assert not toggle.is_visible()
        return
    assert toggle.inner_text() == "Filtrer"
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not form.is_visible()
    toggle.click()
    assert form.is_visible()
    assert toggle.get_attribute("aria-expanded") == "true"
    screen.locator("#filtre-pays").select_option("Maroc")
    screen.locator("#filtre-annee").select_option("2017")
    assert toggle.inner_text() == "Filtrer (2)"
    toggle.click()
    assert not form.is_visible()
    assert screen.locator("#compte-initiatives").is_visible()


def test_a_filtered_address_shows_its_count_on_the_folded_button(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "/initiatives/?pays=Maroc", wait_until="networkidle")
    assert page.locator("button.gb-filters__toggle").inner_text() == "Filtrer (1)"
    assert not page.locator("#filtres-initiatives").is_visible()
    context.close()


def test_without_javascript_neither_the_filters_nor_their_button_are_shown(browser, site_url):
    context = browser.new_context(locale="fr-FR", java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "/initiatives/")
    assert not page.locator("#filtres-initiatives").is_visible()
    assert page.locator("button.gb-filters__toggle").count() == 0
    context.close()


# --- axe-core ---

@pytest.mark.parametrize("path", ["/", *INFORMATION_PAGES, "/initiatives/datacity-casablanca/"])
def test_no_axe_violation_on_the_home_page_and_the_information_pages(screen, site_url, path):
    assert AXE.is_file(), f"{AXE} manque : lancez `make test-deps`, qui installe axe-core (package.json)"
    screen.goto(site_url + path, wait_until="networkidle")
    assert axe_violations(screen) == []


def test_no_axe_violation_with_the_phone_filters_open(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + "/initiatives/", wait_until="networkidle")
    page.locator("button.gb-filters__toggle").click()
    assert axe_violations(page) == []
    context.close()
