"""The offline copy: unzipped into a folder and opened from files (file://) in Chromium, with no server."""
import json
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from playwright.sync_api import expect
from pypdf import PdfReader

from conftest import ROOT, questions

STEP = "developpement-economique/feuille-de-route"
CASE_STUDY = "datacity-casablanca"     # cited by STEP


def size_label(size: int) -> str:
    """A size as the pages say it to a French reader."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} Ko"
    return f"{size / 1024 / 1024:.1f} Mo".replace(".", ",")


def broken_addresses(copy: Path, pattern: str) -> list:
    """The relative addresses (matched by `pattern` in the pages of the copy) that lead to no file of it."""
    broken = []
    for html in copy.rglob("*.html"):
        for address in re.findall(pattern, html.read_text(encoding="utf-8")):
            parts = urlsplit(address)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            if not (html.parent / unquote(parts.path)).resolve().is_file():
                broken.append(f"{html.relative_to(copy)} -> {address}")
    return broken


def unzipped(archive: Path, target: Path) -> Path:
    """The offline copy of one edition, unpacked: one folder, as a reader finds it."""
    assert archive.is_file()
    with zipfile.ZipFile(archive) as zipped:
        assert {name.split("/")[0] for name in zipped.namelist()} == {"guide-hors-ligne"}
        zipped.extractall(target)
    return target / "guide-hors-ligne"


@pytest.fixture(scope="module")
def offline_copy(built_site, tmp_path_factory) -> Path:
    return unzipped(built_site / "telechargements" / "guide-hors-ligne.zip", tmp_path_factory.mktemp("hors-ligne"))


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
    assert (offline_copy / STEP / "index.html").is_file()
    assert (offline_copy / "glossaire" / "index.html").is_file()
    assert (offline_copy / "glossaire" / "incubateur" / "index.html").is_file()
    assert "Ouvrez le fichier index.html" in (offline_copy / "LISEZ-MOI.txt").read_text(encoding="utf-8")
    assert (offline_copy / "search" / "search_index.js").is_file()
    assert list((offline_copy / "telechargements").glob("*.pdf"))
    assert not (offline_copy / "telechargements" / "guide-hors-ligne.zip").exists()


def test_every_link_between_pages_leads_to_a_file_of_the_copy(offline_copy):
    assert broken_addresses(offline_copy, r'<a\b[^>]*\bhref="([^"#]+)(?:#[^"]*)?"') == []


def test_every_style_sheet_script_and_image_of_a_page_is_a_file_of_the_copy(offline_copy):
    assert broken_addresses(offline_copy, r'<(?:script|img|source)\b[^>]*\bsrc="([^"]+)"') == []
    assert broken_addresses(offline_copy, r'<link\b[^>]*\bhref="([^"]+)"') == []


def test_every_page_of_the_copy_keeps_the_security_policy_and_runs_no_inline_script(offline_copy):
    for html in offline_copy.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert re.search(r'<head>\s*<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" '
                         r'content="default-src \'self\'; script-src \'self\';', text), html
        scripts = re.findall(r"<script\b([^>]*)>", text)
        assert all("src=" in attributes or "application/json" in attributes for attributes in scripts), html


def test_every_search_result_leads_to_a_file_of_the_copy(offline_copy):
    script = (offline_copy / "search" / "search_index.js").read_text(encoding="utf-8")
    index = json.loads(script.removeprefix("var __index = "))
    assert len(index["docs"]) > 100
    missing = {doc["location"] for doc in index["docs"]
               if not (offline_copy / doc["location"].split("#")[0]).is_file()}
    assert missing == set()


def test_the_online_home_page_gives_the_size_of_the_zip(built_site):
    size = size_label((built_site / "telechargements" / "guide-hors-ligne.zip").stat().st_size)
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert f'<a href="telechargements/guide-hors-ligne.zip">Le guide hors connexion (ZIP, {size})</a>' in home
    index = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert f"Le guide hors connexion (ZIP, {size})" in index


def test_the_copy_offers_its_booklets_and_not_itself(offline_copy):
    home = (offline_copy / "index.html").read_text(encoding="utf-8")
    assert "guide-hors-ligne.zip" not in home and "Le guide hors connexion (ZIP" not in home
    pdf = offline_copy / "telechargements" / "guide-complet.pdf"
    pages = len(PdfReader(pdf).pages)
    assert (f'<a href="telechargements/guide-complet.pdf" type="application/pdf">Le guide complet '
            f"(PDF, {pages} pages, {size_label(pdf.stat().st_size)})</a>") in home
    index = (offline_copy / "search" / "search_index.js").read_text(encoding="utf-8")
    assert "Le guide hors connexion (ZIP" not in index and "Le guide complet (PDF" in index


def test_step_page_from_a_file_shows_its_checklists_and_glossary_tooltips(offline_copy, file_page):
    page = file_page
    source = yaml.safe_load((ROOT / "roadmap" / f"{STEP}.yml").read_text(encoding="utf-8"))
    page.goto((offline_copy / STEP / "index.html").as_uri())
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
    result = page.locator('.md-search-result__item a[href*="glossaire/incubateur/index.html?"]')
    for _ in range(20):     # results come ten at a time, more as the reader scrolls down the list
        if result.count():
            break
        page.locator(".md-search__scrollwrap").evaluate("list => list.scrollTo(0, list.scrollHeight)")
        page.wait_for_timeout(150)
    expect(result.first).to_be_visible()
    expect(result.first).to_contain_text(term)
    result.first.click()
    expect(page).to_have_url(re.compile(r"/glossaire/incubateur/index\.html\?h=incubateur(#incubateur)?$"))
    expect(page.locator("article h1")).to_have_text(term)
    assert page.errors == []
    assert [url for url in page.requests if not url.startswith(("file://", "data:"))] == []


@pytest.mark.parametrize("name", ["index.html", "glossaire/index.html", "glossaire/incubateur/index.html",
                                  "initiatives/index.html", "initiatives/datacity-casablanca/index.html",
                                  "arbre-de-decision/index.html", "checklists/index.html",
                                  "autodiagnostic/index.html", "maturite-e-gouvernement/index.html"])
def test_page_types_open_from_a_file_without_error(offline_copy, file_page, name):
    file_page.goto((offline_copy / name).as_uri())
    expect(file_page.locator("article h1").first).to_be_visible()
    file_page.wait_for_timeout(200)
    assert file_page.errors == []
    assert [url for url in file_page.requests if not url.startswith(("file://", "data:"))] == []


def test_the_guide_scripts_start_in_a_page_opened_from_a_file(offline_copy, file_page):
    # Material's instant navigation cannot work from files; left on, it kept every script of the guide
    # from starting in the copy (here the filters of the initiatives index).
    page = file_page
    page.goto((offline_copy / "initiatives" / "index.html").as_uri() + "?pays=Maroc")
    expect(page.locator("#filtres-initiatives")).to_be_visible()
    expect(page.get_by_label("Pays", exact=True)).to_have_value("Maroc")
    expect(page.locator("#compte-initiatives")).to_contain_text("à ces filtres, sur")
    assert page.errors == []


def test_a_case_study_cited_by_a_step_opens_from_its_link(offline_copy, file_page):
    page = file_page
    title = yaml.safe_load((ROOT / "initiatives" / f"{CASE_STUDY}.yml").read_text(encoding="utf-8"))["title"]
    page.goto((offline_copy / STEP / "index.html").as_uri())
    page.locator("article").get_by_role("link", name=title, exact=True).first.click()
    expect(page).to_have_url(re.compile(rf"/initiatives/{CASE_STUDY}/index\.html$"))
    expect(page.locator("article h1")).to_have_text(title)
    page.locator(".md-header__button.md-logo").click()
    expect(page).to_have_url((offline_copy / "index.html").as_uri())
    assert page.errors == []


def test_ticks_are_kept_from_one_opening_of_a_file_to_the_next(offline_copy, file_page):
    page = file_page
    address = (offline_copy / STEP / "index.html").as_uri()
    page.goto(address)
    box = page.locator("fieldset.gb-checklist input[type=checkbox]").nth(1)
    box.check()
    page.goto((offline_copy / "index.html").as_uri())
    page.goto(address)
    expect(page.locator("fieldset.gb-checklist input[type=checkbox]").nth(1)).to_be_checked()
    expect(page.locator("fieldset.gb-checklist input[type=checkbox]").first).not_to_be_checked()
    assert page.errors == []


# --- The English edition's copy (en/telechargements/guide-hors-ligne.zip) -------------------------------

EN_STEP_TITLE = "Drawing up a roadmap to speed up local economic development"   # en/roadmap/…/feuille-de-route.yml
EN_LISTS = ["Identify what holds back the growth of young companies", "Choose the levers that foster innovation"]


def english_size_label(size: int) -> str:
    """A size as the English pages say it."""
    return f"{max(1, round(size / 1024))} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


@pytest.fixture(scope="module")
def english_offline_copy(built_site, tmp_path_factory) -> Path:
    archive = built_site / "en" / "telechargements" / "guide-hors-ligne.zip"
    return unzipped(archive, tmp_path_factory.mktemp("offline-en"))


def test_the_english_copy_is_the_english_edition_alone_with_its_readme_and_english_booklets(english_offline_copy):
    copy = english_offline_copy
    assert not (copy / "LISEZ-MOI.txt").exists() and not (copy / "en").exists()
    readme = (copy / "README.txt").read_text(encoding="utf-8")
    assert readme.startswith("Digital technology for local authorities — the guide offline\n\n"
                             "Open the index.html file")
    home = (copy / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en" class="no-js">' in home
    assert "hreflang" not in home and "md-select__link" not in home          # no language selector
    assert "guide-hors-ligne.zip" not in home and "The guide offline (ZIP" not in home
    pdf = copy / "telechargements" / "guide-complet.pdf"
    assert PdfReader(pdf).metadata.title == "The complete guide"
    assert (f'<a href="telechargements/guide-complet.pdf" type="application/pdf">The complete guide '
            f"(PDF, {len(PdfReader(pdf).pages)} pages, {english_size_label(pdf.stat().st_size)})</a>") in home
    assert PdfReader(copy / "telechargements" / f"listes-{STEP.replace('/', '-')}.pdf").metadata.title == \
        f"Step 5: {EN_STEP_TITLE} — question lists"
    assert broken_addresses(copy, r'<a\b[^>]*\bhref="([^"#]+)(?:#[^"]*)?"') == []
    assert broken_addresses(copy, r'<(?:script|img|source)\b[^>]*\bsrc="([^"]+)"') == []


def test_an_english_step_page_opens_from_a_file_in_english_and_offers_its_english_booklet(english_offline_copy,
                                                                                          file_page):
    page = file_page
    page.goto((english_offline_copy / STEP / "index.html").as_uri())
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("article h1")).to_have_text(EN_STEP_TITLE)
    expect(page.locator("fieldset.gb-checklist legend")).to_have_text(EN_LISTS)
    box = page.locator("fieldset.gb-checklist[data-gb-checklist-ready] input[type=checkbox]").first
    box.check()
    expect(box).to_be_checked()
    link = page.locator("article").get_by_role("link", name=re.compile(r"^This step's lists to print \(PDF, "))
    expect(link).to_have_count(1)
    target = (english_offline_copy / STEP / link.get_attribute("href")).resolve()
    assert PdfReader(target).metadata.title == f"Step 5: {EN_STEP_TITLE} — question lists"
    page.locator(".md-header__button.md-logo").click()
    expect(page).to_have_url((english_offline_copy / "index.html").as_uri())
    expect(page.locator("#offline-and-on-paper")).to_have_text("Offline and on paper")
    assert page.errors == []
    assert [url for url in page.requests if not url.startswith(("file://", "data:"))] == []
