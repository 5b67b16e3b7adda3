"""A step page as a public servant plans with it: « En bref » at the top (duration, who, what the step
produces, what it needs first), the domain's steps at the foot, compact, each with the number of questions
the reader has ticked; checklists whose questions sit under subheadings; glossary pages that show synonyms,
not the misspellings kept for matching."""
from html.parser import HTMLParser

import pytest
import yaml
from playwright.sync_api import expect

from conftest import ROOT
from site_html import plain, read, squash
from test_accessibility import violations

DOMAIN = "developpement-economique"
STEPS = sorted(f"{p.parent.name}/{p.stem}" for p in (ROOT / "roadmap").glob("*/*.yml"))


def same_spaces(text: str) -> str:
    """French text compared whatever its spaces: a no-break or narrow no-break space reads as a space."""
    return squash(text.replace("\u202f", " ").replace("\u00a0", " "))


class Summary(HTMLParser):
    """The « En bref » box of a page as a reader sees it: its heading, and (term, shown text, list items)
    for each part. The hidden glossary tooltips are not part of what is shown."""

    def __init__(self, html):
        super().__init__()
        self.heading, self.parts, self.boxes = "", [], 0
        self.stack, self.inside, self.hidden = [], 0, 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        self.stack.append((tag, "gb-summary" in classes, "gb-gloss__tip" in classes))
        if "gb-summary" in classes:
            self.inside += 1
            self.boxes += 1
        self.hidden += "gb-gloss__tip" in classes
        if self.inside and tag == "dt":
            self.parts.append(["", "", []])
        if self.inside and tag == "li":
            self.parts[-1][2].append("")

    def handle_endtag(self, tag):
        while self.stack:
            opened, box, tip = self.stack.pop()
            self.inside -= box
            self.hidden -= tip
            if opened == tag:
                break

    def handle_data(self, data):
        if not self.inside or self.hidden or not self.stack:
            return
        tag = self.stack[-1][0]
        names = [t for t, _b, _h in self.stack]
        if "h2" in names:
            self.heading += data
        elif "dt" in names:
            self.parts[-1][0] += data
        elif "dd" in names:
            self.parts[-1][1] += data
            if "li" in names:
                self.parts[-1][2][-1] += data
        del tag

    def shown(self):
        return [(same_spaces(term), same_spaces(text), [same_spaces(i) for i in items])
                for term, text, items in self.parts]


def summary_of(built_site, step):
    return Summary(read(built_site, step))


def test_the_guide_has_24_steps():
    assert len(STEPS) == 24


@pytest.mark.parametrize("step", STEPS)
def test_every_step_page_opens_with_its_summary_from_the_yaml(built_site, step):
    data = yaml.safe_load((ROOT / f"roadmap/{step}.yml").read_text(encoding="utf-8"))["summary"]
    box = summary_of(built_site, step)
    assert box.boxes == 1
    assert same_spaces(box.heading) == "En bref"
    assert box.shown() == [
        ("Durée indicative", same_spaces(data["duration"]), []),
        ("Qui associer", same_spaces("".join(data["who"])), [same_spaces(w) for w in data["who"]]),
        ("Ce que l'étape produit", same_spaces(plain(data["produces"])), []),
        ("Ce qu'il faut avant", same_spaces(plain(data["needs"])), []),
    ]
    page = read(built_site, step)
    # Near the top: after the title, before the objective.
    assert page.index("</h1>") < page.index('class="gb-summary"') < page.index('id="objectif"')


def test_three_summaries_as_written(built_site):
    first = summary_of(built_site, f"{DOMAIN}/diagnostic-ecosysteme").shown()
    assert first[0] == ("Durée indicative", "1 à 3 mois", [])
    assert first[1][2] == [
        "le service du développement économique", "l'élu chargé de l'économie ou du numérique",
        "les entreprises, incubateurs et tiers-lieux du numérique",
        "la chambre de commerce et les organisations professionnelles", "les écoles et les universités"]
    assert first[2][1] == ("Un état des lieux de l'écosystème numérique local, partagé avec ses acteurs, qui montre "
                           "les forces sur lesquelles s'appuyer et les manques à combler.")
    assert first[3][1] == ("Seulement un mandat des élus pour engager la démarche et un agent chargé de la conduire. "
                           "C'est la première étape.")

    roadmap = summary_of(built_site, "services-urbains/feuille-de-route").shown()
    assert roadmap[0][1] == "3 à 6 mois"
    assert roadmap[1][2] == ["les élus et la direction générale", "le service des finances",
                             "le service technique et le service informatique",
                             "l'opérateur officiel et les prestataires du service"]
    assert roadmap[3][1] == "Les résultats mesurés des actions pilotes de l'étape 4."

    survey = summary_of(built_site, "amenagement-vulnerables/autodiagnostic-donnees").shown()
    assert survey[0][1] == "3 à 6 semaines"
    assert survey[2][1] == ("Un inventaire des données et des cartes, tenu dans un tableur partagé, et une synthèse "
                            "d'une page sur ce qui manque.")
    assert survey[3][1] == "La note d'attentes validée par les élus à l'étape 1."


def test_the_summary_is_a_labelled_complementary_region_readable_without_javascript(browser, site_url):
    context = browser.new_context(locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/{DOMAIN}/actions-pilotes/")
    region = page.get_by_role("complementary", name="En bref")
    expect(region).to_be_visible()
    expect(region.get_by_role("heading", level=2)).to_have_text("En bref")
    expect(region.locator("dt")).to_have_text(["Durée indicative", "Qui associer", "Ce que l'étape produit",
                                               "Ce qu'il faut avant"])
    expect(region.locator("dd").first).to_have_text("2 à 6 mois par action pilote")
    # Without JavaScript, the steps' navigation is the plain list: no count of ticked questions.
    expect(page.locator(".gb-stepnav__progress")).to_have_count(0)
    context.close()


# --- The domain's steps, at the foot of a step page -------------------------------------------------

ROADMAP = f"{DOMAIN}/feuille-de-route"         # step 5: 4 + 9 questions


def enhanced(page, key):
    fieldset = page.locator(f'fieldset[data-checklist="{key}"][data-gb-checklist-ready]')
    fieldset.wait_for()
    return fieldset


def nav_step(page, number):
    return page.locator("nav.gb-stepnav .gb-stepnav__step").nth(number - 1)


def test_the_steps_navigation_counts_the_questions_ticked_on_each_step(page, site_url):
    page.goto(f"{site_url}/{ROADMAP}/")
    constraints = enhanced(page, f"{ROADMAP}/contraintes")
    expect(page.locator(".gb-stepnav__progress")).to_have_count(0)   # nothing ticked: nothing shown
    constraints.locator('input[data-item="ressources-humaines"]').check()
    constraints.locator('input[data-item="ressources-financieres"]').check()
    # Updated on the same page, as the boxes are ticked.
    expect(nav_step(page, 5).locator(".gb-stepnav__progress")).to_have_text("2 / 13 questions cochées")
    page.evaluate("window.gbSamePage = true")
    nav_step(page, 2).get_by_role("link").click()
    page.wait_for_url(f"{site_url}/{DOMAIN}/priorites-economiques/")
    enhanced(page, f"{DOMAIN}/priorites-economiques/secteurs-et-publics")
    assert page.evaluate("window.gbSamePage") is True, "Material's instant navigation did not happen"
    expect(nav_step(page, 5).locator(".gb-stepnav__progress")).to_have_text("2 / 13 questions cochées")
    expect(page.locator(".gb-stepnav__progress")).to_have_count(1)
    # Announced politely when it changes (a file restored): not the current step's, which its own
    # checklist already says.
    assert nav_step(page, 5).locator(".gb-stepnav__progress").get_attribute("aria-live") == "polite"
    enhanced(page, f"{DOMAIN}/priorites-economiques/secteurs-et-publics").locator("input").first.check()
    current = nav_step(page, 2).locator(".gb-stepnav__progress")
    expect(current).to_have_text("1 / 13 question cochée")
    assert current.get_attribute("aria-live") is None
    # The domain's page shows the same counts, read from the same stored answers.
    page.goto(f"{site_url}/{DOMAIN}/")
    expect(nav_step(page, 5).locator(".gb-stepnav__progress")).to_have_text("2 / 13 questions cochées")
    expect(nav_step(page, 2).locator(".gb-stepnav__progress")).to_have_text("1 / 13 question cochée")
    assert page.errors == []


def test_the_foot_of_a_step_page_is_compact(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    for step in (ROADMAP, "relations-citoyens/evaluation-communication", "services-urbains/actions-pilotes",
                 "amenagement-vulnerables/actions-pilotes"):
        page.goto(f"{site_url}/{step}/")
        heading = page.get_by_role("heading", name="Les étapes du domaine")
        nav = page.locator("nav.gb-stepnav")
        expect(nav.locator("li")).to_have_count(6)
        expect(nav.locator(".gb-stepnav__objective")).to_have_count(0)
        expect(nav.locator('[aria-current="step"]')).to_have_count(1)
        # From the heading to the end of the previous / next links.
        height = page.evaluate("""([heading, nav]) => {
            const top = document.querySelector(heading).getBoundingClientRect().top;
            const pager = document.querySelector("nav.gb-pager").getBoundingClientRect();
            return pager.bottom - top; }""", ["#les-etapes-du-domaine", "nav.gb-stepnav"])
        assert heading.count() == 1
        assert 0 < height < 300, f"{step}: {height} px"
    context.close()


def test_the_foot_names_every_step_and_marks_the_current_one(built_site):
    page = read(built_site, ROADMAP)
    foot = page[page.index('id="les-etapes-du-domaine"'):]
    foot = foot[:foot.index("</nav>")]
    assert foot.count('aria-current="step"') == 1
    assert ('aria-current="step" data-checklists="developpement-economique/feuille-de-route/contraintes '
            'developpement-economique/feuille-de-route/modalites-innovation" data-questions="13"') in foot
    assert '<strong class="gb-stepnav__title">Définir une feuille de route pour accélérer le développement ' \
           'économique local</strong>' in foot
    assert '<a class="gb-stepnav__title" href="../evaluation-suivi/">Évaluer les résultats, en tirer les leçons ' \
           'et suivre la numérisation de l&#39;économie locale</a>' in foot


# --- Checklists under subheadings, glossary synonyms -------------------------------------------------

GROUPS = ["Faire émerger des start-up (but A)", "Consolider l'écosystème et ses débouchés (but B)"]


@pytest.mark.parametrize("address, level", [(ROADMAP, "h3"), (f"checklists/{DOMAIN}", "h3")])
def test_grouped_questions_sit_under_their_subheadings(page, site_url, address, level):
    page.goto(f"{site_url}/{address}/")
    fieldset = page.locator('fieldset[data-checklist="developpement-economique/feuille-de-route/modalites-innovation"]')
    expect(fieldset.locator(f"{level}.gb-checklist__group")).to_have_text(GROUPS)
    lists = fieldset.locator("ul.gb-checklist__items")
    expect(lists).to_have_count(2)
    expect(lists.nth(0).locator("input")).to_have_count(4)
    expect(lists.nth(1).locator("input")).to_have_count(5)
    # The ids the stored ticks are kept under did not change.
    assert [lists.nth(0).locator("input").nth(i).get_attribute("data-item") for i in range(4)] == [
        "emergence-lieux", "emergence-demarches", "emergence-donnees", "emergence-appels-a-projets"]
    assert lists.nth(1).locator("input").nth(0).get_attribute("data-item") == "consolidation-commande-publique"
    expect(lists.nth(0).locator("label").first).to_have_text(
        "Faut-il d'abord proposer des lieux et de bonnes conditions pour travailler et collaborer\u202f?")
    # Not a single question still starts with « But A » or « But B ».
    expect(fieldset.locator("label", has_text="But A")).to_have_count(0)
    expect(fieldset.locator("label", has_text="But B")).to_have_count(0)


def test_a_term_page_shows_synonyms_not_the_variants(page, site_url):
    page.goto(f"{site_url}/glossaire/donnees-ouvertes/")
    line = page.locator(".gb-term .gb-term__aliases")
    assert same_spaces(line.inner_text()) == "Synonymes : open data, ouverture des données, données publiques ouvertes"
    page.goto(f"{site_url}/glossaire/hackathon/")
    text = same_spaces(page.locator("article").inner_text())
    assert "Synonyme : marathon de programmation" in text
    for variant in ("hackaton", "hackatons", "hackathons", "Autres formes"):
        assert variant not in text
    # Variants are still matched in the text: « start-ups » on a step page links to the term.
    page.goto(f"{site_url}/glossaire/start-up/")
    assert same_spaces(page.locator(".gb-term__aliases").inner_text()) == "Synonyme : jeune pousse"


@pytest.mark.parametrize("width", [1280, 390])
def test_no_axe_violation_on_a_step_page(browser, site_url, width):
    context = browser.new_context(locale="fr-FR", viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{site_url}/{ROADMAP}/", wait_until="networkidle")
    enhanced(page, f"{ROADMAP}/contraintes").locator("input").first.check()
    expect(nav_step(page, 5).locator(".gb-stepnav__progress")).to_have_text("1 / 13 question cochée")
    assert violations(page) == []
    context.close()
