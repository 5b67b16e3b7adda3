"""axe-core (npm, injected into the page) finds no violation of WCAG 2.0/2.1 A and AA, WCAG 2.2 AA and
best practices on every kind of page, on a wide and on a narrow screen, and in the widgets' open states."""
import json

import pytest

from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PAGES = {
    "accueil": "/",
    "domaine": "/developpement-economique/",
    "étape": "/developpement-economique/feuille-de-route/",
    "initiative": "/initiatives/datacity-casablanca/",
    "index des initiatives": "/initiatives/",
    "glossaire": "/glossaire/",
    "terme du glossaire": "/glossaire/tiers-lieu/",
    "arbre de décision": "/arbre-de-decision/",
    "toutes les listes de questions": "/checklists/",
    "listes d'un domaine": "/checklists/developpement-economique/",
    "autodiagnostic": "/autodiagnostic/",
    "questions clés": "/questions-cles/developpement-economique/",
    "boîtes à idées": "/boites-a-idees/developpement-economique/",
    "accessibilité": "/accessibilite/",
    "mentions légales": "/mentions-legales/",
    "signaler une erreur": "/signaler-une-erreur/",
    "licence": "/licence/",
    "à propos": "/a-propos/",
}
SCREENS = {"large": {"width": 1280, "height": 800}, "étroit": {"width": 390, "height": 844}}


def violations(page):
    """axe's violations on the page as it is now, one line per rule and element, to read in a failure."""
    assert AXE.is_file(), f"{AXE} manque : lancez `make test-deps`, qui installe axe-core (package.json)"
    page.evaluate(AXE.read_text(encoding="utf-8"))  # by DevTools: the page's policy refuses inline scripts
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [f"{v['id']} ({v['impact']}) {json.dumps(n['target'])}: {n['failureSummary']}"
            for v in result["violations"] for n in v["nodes"]]


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen_page(request, browser):
    context = browser.new_context(locale="fr-FR", viewport=SCREENS[request.param])
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("path", list(PAGES.values()), ids=list(PAGES))
def test_no_axe_violation(screen_page, site_url, path):
    screen_page.goto(site_url + path, wait_until="networkidle")
    assert violations(screen_page) == []


def test_no_axe_violation_with_a_glossary_tooltip_open(page, site_url):
    page.goto(site_url + PAGES["étape"], wait_until="networkidle")
    link = page.locator("article .gb-gloss__link").first
    link.focus()
    assert page.locator(f"#{link.get_attribute('aria-describedby')}").is_visible()
    assert violations(page) == []


def test_no_axe_violation_with_filters_that_match_nothing(page, site_url):
    page.goto(site_url + PAGES["index des initiatives"] + "?texte=zzz", wait_until="networkidle")
    assert page.locator("#compte-initiatives").inner_text().startswith("Aucune étude de cas")
    assert violations(page) == []


def test_no_axe_violation_in_the_search_dialog_with_results(page, site_url):
    page.goto(site_url + PAGES["index des initiatives"], wait_until="networkidle")
    page.locator(".md-search__input").click()
    page.keyboard.type("incubateur")
    page.locator(".md-search-result__item").first.wait_for()
    assert violations(page) == []
