"""Glossary links on the real site as built: each step links a term once, each term's page lists the pages
that link to it, the glossary index, and the search index (the linked words, never the tooltips)."""
import re

from conftest import ROOT
from site_html import GLOSSARY_LINK as LINK, article, unlinked
from test_build import Elements, read


def glossary_links_in(html):
    """slug -> number of links to that glossary entry in the page's article."""
    found = {}
    for anchor, page in re.findall(r'href="(?:\.\./)*glossaire/(?:#([a-z0-9-]+)|([a-z0-9-]+)/)"', html):
        found[anchor or page] = found.get(anchor or page, 0) + 1
    return found


def test_step_page_links_terms_once_with_their_definition(built_site):
    html = article(read(built_site, "developpement-economique/feuille-de-route"))
    page = Elements(html)
    links = [e for e in page.all("a") if "gb-gloss__link" in (e[1].get("class") or "")]
    assert len(links) >= 5
    slugs = [a[1]["href"].split("/")[-2] for a in links]
    assert len(slugs) == len(set(slugs))
    tips = {e[1]["id"]: e[2] for e in page.all("span", role="tooltip")}
    for link in links:
        assert link[1]["href"] == f"../../glossaire/{link[1]['aria-describedby'][len('gb-gloss-'):]}/"
        assert tips[link[1]["aria-describedby"]].strip()
    incubateur = tips["gb-gloss-incubateur"]
    assert incubateur.startswith("Structure qui aide des porteurs de projet à transformer une idée en entreprise")
    for tag in ("h1", "h2", "h3", "label", "legend"):
        for element in page.all(tag):
            assert "gb-gloss" not in str(element), tag


def test_each_term_page_lists_exactly_the_pages_that_link_to_the_term(built_site):
    index = Elements(article(read(built_site, "glossaire")))
    slugs = [entry[1]["id"] for entry in index.all("dt")]
    assert len(slugs) == len(list((ROOT / "glossary").glob("*.yml")))
    back_links = {}
    for slug in slugs:
        html = article(read(built_site, f"glossaire/{slug}"))
        block = re.search(r'<div class="gb-term" data-term="([a-z0-9-]+)">(.*?)\n</div>', html, re.S)
        assert block.group(1) == slug
        used = re.search(r'<p class="gb-term__used">(.*?)</p>', block.group(2))
        back_links[slug] = set(re.findall(r'href="\.\./\.\./([^"]*)"', used.group(1))) if used else set()
        assert "gb-term-used" not in html
        assert f'data-gloss="{slug}"' not in html, f"{slug} est lié sur sa propre page"
    linking = {slug: set() for slug in slugs}
    for path in built_site.rglob("index.html"):
        relative = path.parent.relative_to(built_site).as_posix()
        if relative == "." or relative.startswith(("search", "assets", "glossaire")) or relative.split("/")[0] == "en":
            continue
        for slug in glossary_links_in(article(path.read_text(encoding="utf-8"))):
            linking[slug].add(relative + "/")
    for slug in glossary_links_in(article(read(built_site, "."))):
        linking[slug].add("")
    assert back_links == linking
    assert "developpement-economique/feuille-de-route/" in back_links["tiers-lieu"]


def test_glossary_index_gives_each_term_an_anchor_its_opening_sentence_and_its_page(built_site):
    html = article(read(built_site, "glossaire"))
    entry = re.search(r'<dt id="incubateur"><a href="incubateur/">Incubateur</a></dt>\s*<dd>(.*?)</dd>', html)
    assert entry.group(1) == ("Structure qui aide des porteurs de projet à transformer une idée en entreprise, "
                              "ou qui soutient une société dans ses tout premiers mois.")
    assert "gb-gloss__tip" not in html          # a list of definitions needs no tooltips
    letters = re.findall(r'<h2 id="lettre-([a-z#])">', html)
    assert letters == sorted(letters) and "e" in letters


def test_search_finds_the_linked_words_of_a_page_and_not_its_tooltips(built_site):
    import html
    import json
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = {}
    for entry in index["docs"]:
        indexed.setdefault(entry["location"].split("#")[0], []).append(entry["text"])

    def words(text):
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())

    checked = 0
    for path in sorted(built_site.rglob("index.html")):
        location = path.parent.relative_to(built_site).as_posix() + "/"
        location = "" if location == "./" else location
        page = article(path.read_text(encoding="utf-8"))
        found = LINK.findall(page)
        if location not in indexed or not found:
            continue
        text, shown = words(" ".join(indexed[location])), words(unlinked(page))
        for _slug, _href, linked_words, tip in found:
            assert words(linked_words) in text, (location, linked_words)
            if words(tip) not in shown:
                assert words(tip) not in text, (location, tip)
                checked += 1
    assert checked > 50
