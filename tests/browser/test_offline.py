"""The offline copy: unzipped into a folder and opened from files (file://) in Chromium, with no server."""
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from conftest import ROOT, questions

STEP = "developpement-economique/feuille-de-route"


@pytest.fixture(scope="module")
def offline_copy(built_site, tmp_path_factory) -> Path:
    archive = built_site / "telechargements" / "guide-hors-ligne.zip"
    assert archive.is_file()
    target = tmp_path_factory.mktemp("hors-ligne")
    with zipfile.ZipFile(archive) as zipped:
        assert {name.split("/")[0] for name in zipped.namelist()} == {"guide-hors-ligne"}
        zipped.extractall(target)
    return target / "guide-hors-ligne"


@pytest.fixture
def file_page(browser):
    """A page that records every request, to tell that nothing leaves the folder."""
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.errors, page.requests = [], []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def test_copy_has_its_pages_as_files_a_readme_and_the_booklets(offline_copy):
    assert (offline_copy / "index.html").is_file()
    assert (offline_copy / f"{STEP}.html").is_file()
    assert (offline_copy / "glossaire.html").is_file()
    assert (offline_copy / "glossaire" / "incubateur.html").is_file()
    assert "Ouvrez le fichier index.html" in (offline_copy / "LISEZ-MOI.txt").read_text(encoding="utf-8")
    assert (offline_copy / "search" / "search_index.js").is_file()
    assert list((offline_copy / "telechargements").glob("*.pdf"))
    assert not (offline_copy / "telechargements" / "guide-hors-ligne.zip").exists()


def test_every_link_between_pages_leads_to_a_file_of_the_copy(offline_copy):
    broken = []
    for html in offline_copy.rglob("*.html"):
        for href in re.findall(r'<a\b[^>]*\bhref="([^"#]+)(?:#[^"]*)?"', html.read_text(encoding="utf-8")):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            target = (html.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                broken.append(f"{html.relative_to(offline_copy)} -> {href}")
    assert broken == []


def test_step_page_from_a_file_shows_its_checklists_and_glossary_tooltips(offline_copy, file_page):
    page = file_page
    source = yaml.safe_load((ROOT / "roadmap" / f"{STEP}.yml").read_text(encoding="utf-8"))
    page.goto((offline_copy / f"{STEP}.html").as_uri())
    expect(page.locator("article h1")).to_have_text(source["title"])
    for checklist in source["checklists"]:
        expect(page.locator(f'fieldset[data-checklist="{STEP}/{checklist["id"]}"] legend')) \
            .to_have_text(checklist["title"])
        expect(page.locator(f'fieldset[data-checklist="{STEP}/{checklist["id"]}"] input[type=checkbox]')) \
            .to_have_count(len(questions(checklist)))
    link = page.locator("article .gb-gloss__link").first
    tip = page.locator("#" + link.get_attribute("aria-describedby"))
    expect(tip).to_be_hidden()
    link.focus()
    expect(tip).to_be_visible()
    page.locator("a[rel=next]").first.click()
    expect(page).to_have_url(re.compile(r"\.html$"))
    assert page.errors == []
    assert [url for url in page.requests if not url.startswith(("file://", "data:"))] == []


def test_search_from_a_file_finds_a_glossary_term(offline_copy, file_page):
    page = file_page
    term = yaml.safe_load((ROOT / "glossary" / "incubateur.yml").read_text(encoding="utf-8"))["term"]
    page.goto((offline_copy / "index.html").as_uri())
    page.locator("input[name=query]").click()
    page.keyboard.type(term.lower(), delay=40)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    result = page.locator('.md-search-result__item a[href*="glossaire/incubateur.html?"]')
    for _ in range(20):     # results come ten at a time, more as the reader scrolls down the list
        if result.count():
            break
        page.locator(".md-search__scrollwrap").evaluate("list => list.scrollTo(0, list.scrollHeight)")
        page.wait_for_timeout(150)
    expect(result.first).to_be_visible()
    expect(result.first).to_contain_text(term)
    result.first.click()
    expect(page).to_have_url(re.compile(r"/glossaire/incubateur\.html\?h=incubateur(#incubateur)?$"))
    expect(page.locator("article h1")).to_have_text(term)
    assert page.errors == []
    assert [url for url in page.requests if not url.startswith(("file://", "data:"))] == []


@pytest.mark.parametrize("name", ["index.html", "glossaire.html", "glossaire/incubateur.html", "initiatives/index.html",
                                  "initiatives/datacity-casablanca.html", "arbre-de-decision.html",
                                  "checklists/index.html"])
def test_page_types_open_from_a_file_without_error(offline_copy, file_page, name):
    file_page.goto((offline_copy / name).as_uri())
    expect(file_page.locator("article h1").first).to_be_visible()
    file_page.wait_for_timeout(200)
    assert file_page.errors == []


def test_the_guide_scripts_start_in_a_page_opened_from_a_file(offline_copy, file_page):
    # Material's instant navigation cannot work from files; left on, it kept every script of the guide
    # from starting in the copy (here the filters of the initiatives index).
    page = file_page
    page.goto((offline_copy / "initiatives" / "index.html").as_uri() + "?pays=Maroc")
    expect(page.locator("#filtres-initiatives")).to_be_visible()
    expect(page.get_by_label("Pays", exact=True)).to_have_value("Maroc")
    expect(page.locator("#compte-initiatives")).to_contain_text("à ces filtres, sur")
    assert page.errors == []
