"""The English edition in Chromium, served beside the French one as `make build` makes them
(tests/conftest.py: editions): its search reads English, axe finds nothing on any kind of English page,
and a box ticked in one edition is ticked in the other (one origin, the same storage keys)."""
import pytest
from playwright.sync_api import expect

from test_accessibility import PAGES, SCREENS, violations

STEP = "developpement-economique/feuille-de-route"
ENGLISH_PAGES = {**{f"{name} (en)": f"/en{path}" for name, path in PAGES.items()},
                 "initiative non traduite (en)": "/en/initiatives/kenya-open-data/",
                 "page non traduite (en)": "/en/licence/",
                 "page introuvable (en)": "/en/404.html"}


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def english_screen(request, browser):
    context = browser.new_context(locale="en-GB", viewport=SCREENS[request.param])
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("path", list(ENGLISH_PAGES.values()), ids=list(ENGLISH_PAGES))
def test_no_axe_violation_on_english_pages(english_screen, editions_url, path):
    english_screen.goto(editions_url + path, wait_until="networkidle")
    assert violations(english_screen) == []


def test_an_english_search_finds_the_english_glossary_page(page, editions_url):
    page.goto(f"{editions_url}/en/", wait_until="networkidle")
    page.locator("input[name=query]").click()
    page.keyboard.type("incubator", delay=30)
    found = page.locator('.md-search-result__item a[href*="/en/glossaire/incubateur/?"]').first
    expect(found).to_be_visible()
    expect(found.locator("h1")).to_have_text("Incubator")
    assert page.errors == []


def test_the_selector_opens_the_same_page_in_the_other_language(page, editions_url):
    page.goto(f"{editions_url}/{STEP}/", wait_until="networkidle")
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{editions_url}/en/{STEP}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name="Français").click()
    expect(page).to_have_url(f"{editions_url}/{STEP}/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_a_box_ticked_on_a_french_page_is_ticked_on_its_english_twin_and_back(page, editions_url):
    page.goto(f"{editions_url}/{STEP}/")
    french = page.locator("fieldset[data-gb-checklist-ready] input[type=checkbox]")
    french.first.check()
    page.goto(f"{editions_url}/en/{STEP}/")
    english = page.locator("fieldset[data-gb-checklist-ready] input[type=checkbox]")
    expect(english.first).to_be_checked()
    english.nth(1).check()
    page.goto(f"{editions_url}/{STEP}/")
    expect(page.locator("fieldset[data-gb-checklist-ready] input[type=checkbox]").nth(1)).to_be_checked()
    assert page.errors == []
