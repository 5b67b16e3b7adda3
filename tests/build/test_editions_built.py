"""The two editions as `make build` makes them (tests/conftest.py: editions, where one case study and the
« Licence » page have no English yet): every French page has its English twin under en/, the language
selector links the two both ways, each page says its language, English pages show French text only
marked and announced, and neither edition's sitemap forgets the other."""
import json
import re
from html.parser import HTMLParser

from site_html import VOID, read

SELECTOR = re.compile(r'<a href="([^"]*)" hreflang="(fr|en)" lang="\2" class="md-select__link">')
NOTICE_ALL = ('<div class="admonition info gb-untranslated" role="note">\n<p class="admonition-title">Not yet '
              'translated</p>\n<p>This page has no English translation yet: it is shown in French.</p>\n</div>')


def _pages(site):
    """The folders of the French pages ("" for the home page), every one but the theme's 404 page."""
    folders = (path.parent.relative_to(site).as_posix() for path in site.rglob("index.html")
               if path.relative_to(site).parts[0] != "en")
    return sorted("" if folder == "." else folder for folder in folders)


def _selector(html) -> dict:
    return {language: href for href, language in SELECTOR.findall(html)}


def test_every_french_page_has_its_english_twin_and_the_selector_links_them_both_ways(editions):
    french = _pages(editions)
    assert len(french) > 150
    assert _pages(editions / "en") == french
    for path in french:
        page, twin = editions / path, editions / "en" / path
        assert (page / _selector(read(editions, path))["en"]).resolve() == twin.resolve(), path
        assert (twin / _selector(read(editions / "en", path))["fr"]).resolve() == page.resolve(), path
        assert _selector(read(editions, path))["fr"] == _selector(read(editions / "en", path))["en"] == "./"


def test_the_selector_names_each_language_in_that_language_on_a_case_study(editions):
    french = read(editions, "initiatives/klab-kigali")
    english = read(editions / "en", "initiatives/klab-kigali")
    assert '<a href="./" hreflang="fr" lang="fr" class="md-select__link">\nFrançais\n</a>' in french
    assert '<a href="../../en/initiatives/klab-kigali/" hreflang="en" lang="en" class="md-select__link">\nEnglish\n</a>' \
        in french
    assert '<a href="../../../initiatives/klab-kigali/" hreflang="fr" lang="fr" class="md-select__link">\nFrançais\n</a>' \
        in english


def test_every_page_says_its_language(editions):
    for path in _pages(editions):
        assert '<html lang="fr" class="no-js">' in read(editions, path), path
        assert '<html lang="en" class="no-js">' in read(editions / "en", path), path
    assert '<html lang="en" class="no-js">' in (editions / "en" / "404.html").read_text(encoding="utf-8")


def test_an_untranslated_case_study_is_shown_in_french_marked_and_announced(editions):
    html = read(editions / "en", "initiatives/kenya-open-data")
    assert NOTICE_ALL in html
    assert html.index(NOTICE_ALL) < html.index("<h1")
    assert '<h1 id="kenya-open-data-initiative"><span lang="fr">Kenya Open Data Initiative</span></h1>' in html
    assert '<p class="gb-lede" lang="fr">En 2011, le Kenya a ouvert en ligne des données publiques' in html
    # The words of the page itself are English; « Modifier » opens the French file, the only one.
    assert "<dt>Period</dt><dd>since 2011</dd>" in html
    assert '<h2 id="sources">Sources</h2>' in html
    assert 'edit/main/initiatives/kenya-open-data.yml" title="Edit this page"' in html


def test_a_translated_case_study_is_english_and_edited_in_its_overlay(editions):
    html = read(editions / "en", "initiatives/klab-kigali")
    assert '<h1 id="klab">kLab</h1>' in html
    assert "This page has no English translation yet" not in html
    assert 'edit/main/en/initiatives/klab-kigali.yml" title="Edit this page"' in html


def test_an_untranslated_hand_written_page_is_the_french_one_marked_announced_and_spaced_the_french_way(editions):
    html = read(editions / "en", "licence")
    assert NOTICE_ALL in html
    assert '<div lang="fr"><h1 id="licence">Licence</h1>\n<p>Le guide est libre\u202f: ses textes' in html
    assert '<h2 id="les-textes-licence-ouverte-20">Les textes\u202f: Licence Ouverte 2.0</h2>' in html
    assert 'edit/main/docs/licence.md" title="Edit this page"' in html


def test_a_translated_hand_written_page_is_read_from_en_docs_without_its_fingerprint(editions):
    html = read(editions / "en", "introduction")
    assert '<h1 id="why-this-guide">Why this guide?</h1>' in html
    assert "translated_from" not in html and "Not yet translated" not in html
    assert "\u202f" not in html           # no French spacing in English
    assert 'edit/main/en/docs/introduction.md" title="Edit this page"' in html


def test_english_text_links_the_english_glossary_terms(editions):
    html = read(editions / "en", "introduction")
    assert '<span class="gb-gloss" data-gloss="incubateur"><a class="gb-gloss__link" href="../glossaire/incubateur/" ' \
           'aria-describedby="gb-gloss-incubateur">incubators</a>' in html
    term = read(editions / "en", "glossaire/incubateur")
    assert '<h1 id="incubator">Incubator</h1>' in term


def test_each_edition_has_its_own_search_index_in_its_language(editions):
    french = json.loads((editions / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = json.loads((editions / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert french["config"]["lang"] == ["fr"] and english["config"]["lang"] == ["en"]
    assert "Why this guide?" in {entry["title"] for entry in english["docs"]}
    assert "Pourquoi ce guide\u202f?" in {entry["title"] for entry in french["docs"]}


def test_both_sitemaps_list_each_page_with_its_twins(editions):
    french = (editions / "sitemap.xml").read_text(encoding="utf-8")
    english = (editions / "en" / "sitemap.xml").read_text(encoding="utf-8")
    site = re.search(r"<loc>(http://127\.0\.0\.1:\d+/)</loc>", french).group(1)
    twins = (f'<xhtml:link rel="alternate" hreflang="fr" href="{site}initiatives/klab-kigali/"/>\n'
             f'<xhtml:link rel="alternate" hreflang="en" href="{site}en/initiatives/klab-kigali/"/>')
    assert f"<loc>{site}initiatives/klab-kigali/</loc>" in french and twins in french
    assert f"<loc>{site}en/initiatives/klab-kigali/</loc>" in english and twins in english
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in french
    assert french.count("<url>") == english.count("<url>") == french.count('hreflang="en"')


def test_the_head_names_both_editions_home_pages_for_the_theme(editions):
    """Material's own links (mkdocs.yml: extra.alternate): its script reads each edition's sitemap there."""
    assert '<link rel="alternate" href="../../" hreflang="fr">' in read(editions, "initiatives/klab-kigali")
    assert '<link rel="alternate" href="../../en/" hreflang="en">' in read(editions, "initiatives/klab-kigali")
    assert '<link rel="alternate" href="../../../" hreflang="fr">' in read(editions / "en", "initiatives/klab-kigali")


class _EnglishText(HTMLParser):
    """The text of a page outside the elements marked French (lang="fr"), scripts and styles."""

    def __init__(self, html):
        super().__init__()
        self.stack, self.texts = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(dict(attrs).get("lang") == "fr" or tag in ("script", "style"))

    def handle_endtag(self, tag):
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not any(self.stack):
            self.texts.append(data)


def test_english_text_is_never_spaced_the_french_way(editions):
    """No narrow no-break space (U+202F) before « ? » or « : » in English; French passages keep theirs."""
    spaced = []
    for path in sorted((editions / "en").rglob("*.html")):
        spaced += [f"{path.relative_to(editions)}: {text.strip()[:80]!r}"
                   for text in _EnglishText(path.read_text(encoding="utf-8")).texts if "\u202f" in text]
    assert spaced == []


GLOSS_LINK = re.compile(r'<a class="gb-gloss__link" href="[^"]*" aria-describedby="[^"]*">([^<]*)</a>')


def test_no_english_page_turns_a_common_english_word_into_a_glossary_link(editions):
    # « its » was once a synonym (« ITS », intelligent transport system) and was linked on 131 pages.
    common = {"its", "it", "the", "and", "of", "to", "in", "on", "for", "with", "is", "are", "as", "by", "an", "a"}
    linked = {match.lower() for path in _pages(editions / "en")
              for match in GLOSS_LINK.findall(read(editions / "en", path))}
    assert len(linked) > 40
    assert linked & common == set()


def test_each_404_page_leads_to_the_other_edition_in_its_language(editions):
    french = (editions / "404.html").read_text(encoding="utf-8")
    english = (editions / "en" / "404.html").read_text(encoding="utf-8")
    assert ('<p lang="en">Looking for the guide in English? <a href="/en/">Go to the English edition\'s home '
            'page</a>.</p>') in french
    assert ('<p lang="fr">Vous cherchez le guide en français\u202f? <a href="/">Allez à l\'accueil de '
            "l'édition française</a>.</p>") in english


def test_the_hosts_are_told_which_404_page_each_edition_has(editions):
    assert (editions / "_redirects").read_text(encoding="utf-8") == "/en/*  /en/404.html  404\n"
    assert (editions / ".htaccess").read_text(encoding="utf-8") == "ErrorDocument 404 /404.html\n"
    assert (editions / "en" / ".htaccess").read_text(encoding="utf-8") == "ErrorDocument 404 /en/404.html\n"
    assert not (editions / "en" / "_redirects").exists()


def test_french_text_in_an_english_page_has_french_spacing_and_the_english_text_has_none(editions):
    html = read(editions / "en", "initiatives/kenya-open-data")
    assert "non sans résistances\u202f: celui du Plan" in html
    assert "non sans résistances :" not in html
    assert "\u202f?" not in read(editions / "en", "initiatives/klab-kigali")
