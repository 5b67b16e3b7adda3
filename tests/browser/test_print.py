"""Every page type on paper: Chromium in print media, then Chromium's own printout (A4 PDF) read back."""
import io
import re
from datetime import date

import pytest
import yaml
from playwright.sync_api import expect
from pypdf import PdfReader

from conftest import ROOT

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
STEP = "developpement-economique/feuille-de-route/"
PAGE_TYPES = [  # (path, title of the page); the optional ones are other features' pages, when built
    ("", "Le numérique au service des collectivités locales"),
    ("introduction/", None),
    ("developpement-economique/", None),
    (STEP, None),
    ("initiatives/", "Initiatives"),
    ("initiatives/datacity-casablanca/", "DataCity Casablanca"),
    ("glossaire/", "Glossaire"),
    ("glossaire/tiers-lieu/", "Tiers-lieu"),
    ("a-propos/", "À propos"),
    ("arbre-de-decision/", None),
    ("autodiagnostic/", None),
    ("checklists/", None),
    ("questions-cles/", None),
]
HIDDEN = [".md-header", ".md-sidebar", ".md-footer", ".md-search", ".md-top", "button", "[role=tooltip]",
          ".md-content__button", "nav.gb-pager"]


def today_fr():
    today = date.today()
    return f"{today.day}{'er' if today.day == 1 else ''} {MONTHS[today.month - 1]} {today.year}"


def present(built_site):
    return [(path, title) for path, title in PAGE_TYPES if (built_site / path / "index.html").is_file()]


def printed_text(page):
    """The text of Chromium's own printout of the page (print media, A4), and its page size."""
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    box = reader.pages[0].mediabox
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages), (float(box.width), float(box.height))


@pytest.mark.parametrize("path,title", PAGE_TYPES)
def test_printed_page_shows_title_address_date_and_hides_the_site_chrome(built_site, site_url, page, path, title,
                                                                         tmp_path):
    if (path, title) not in present(built_site):
        assert path in {"arbre-de-decision/", "autodiagnostic/", "checklists/", "questions-cles/"}
        return
    page.goto(f"{site_url}/{path}", wait_until="networkidle")
    page.emulate_media(media="print")
    for selector in HIDDEN:
        for element in page.locator(selector).all():
            expect(element).to_be_hidden()
    heading = page.locator("article h1").first
    expect(heading).to_be_visible()
    if title:
        expect(heading).to_have_text(title)
    meta = page.locator("article .gb-print-meta")
    expect(meta).to_be_visible()
    address = page.locator("link[rel=canonical]").get_attribute("href")
    assert address.endswith(f"/{path}")
    expect(meta).to_contain_text(f"Adresse : {address}")
    expect(meta).to_contain_text("Version du ")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(meta).to_contain_text(f"Imprimé le {today_fr()}")
    page.screenshot(path=tmp_path / "impression.png", full_page=True)

    text, (width, height) = printed_text(page)
    assert (round(width), round(height)) == (595, 842)           # A4 in points
    assert " ".join(heading.inner_text().split()) in text
    assert f"Imprimé le {today_fr()}" in text
    for chrome in ("Aller au contenu", "Retour en haut de la page", "Rechercher"):
        assert chrome not in text, chrome
    assert page.errors == []


def test_step_prints_its_checklists_as_squares_and_no_step_navigation(site_url, page):
    page.goto(f"{site_url}/{STEP}", wait_until="networkidle")
    page.emulate_media(media="print")
    boxes = page.locator(".gb-checklist input[type=checkbox]")
    assert boxes.count() > 3
    style = boxes.first.evaluate("""box => { const s = getComputedStyle(box);
        return [s.appearance, s.borderTopStyle, parseFloat(s.borderTopWidth) > 0, s.width === s.height]; }""")
    assert style == ["none", "solid", True, True]
    for selector in (".gb-checklist", ".gb-initiative", "figure"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).breakInside") == "avoid", selector
    expect(page.locator(".gb-stepnav")).to_be_hidden()
    expect(page.locator("h2", has_text="Les étapes du domaine")).to_be_hidden()
    expect(page.locator(".gb-download")).to_be_hidden()
    source = yaml.safe_load((ROOT / "roadmap" / f"{STEP[:-1]}.yml").read_text(encoding="utf-8"))
    text, _size = printed_text(page)
    for checklist in source["checklists"]:
        assert checklist["title"] in text


def test_external_links_print_their_address_once(site_url, page):
    links = []
    page.emulate_media(media="print")
    for path in ("a-propos/", "initiatives/datacity-casablanca/"):
        page.goto(f"{site_url}/{path}", wait_until="networkidle")
        links += page.evaluate("""() => [...document.querySelectorAll('article a[href]')]
            .filter(a => a.offsetParent !== null)
            .map(a => ({href: a.getAttribute('href'), external: new URL(a.href).origin !== location.origin,
                        after: getComputedStyle(a, '::after').content, source: !!a.closest('.gb-sources')}))""")
    external = [link for link in links if link["external"] and not link["source"]]
    sources = [link for link in links if link["source"]]
    internal = [link for link in links if not link["external"]]
    assert external and sources and internal
    for link in external:
        assert link["after"].replace('\\"', '"').strip('"') == f" ({link['href']})", link
    # Sources print their address already, beside the link; links within the site print none.
    assert [link for link in sources + internal if link["after"] not in ("none", "normal")] == []


def test_details_print_open(site_url, page):
    """An accordion closed on screen prints open (tested on a page of ours given one)."""
    page.goto(f"{site_url}/glossaire/", wait_until="networkidle")
    page.evaluate("""() => { const d = document.createElement('details');
        d.innerHTML = '<summary>Plus</summary><p id="cache">Texte replié</p>';
        document.querySelector('article').append(d); }""")
    expect(page.locator("#cache")).to_be_hidden()
    page.emulate_media(media="print")
    expect(page.locator("#cache")).to_be_visible()
    assert re.search(r"Texte replié", printed_text(page)[0])
