"""Glossary terms linked in a page's HTML: which mention becomes a link, and what the rest keeps."""
import re

from macros.addresses import Links
from macros.html.glossary_links import Glossary, back_links_marker, link_terms, plain_text
from macros.model.matcher import TermMatcher
from macros.model.term import Term

from conftest import ROOT
from site_html import GLOSSARY_LINK as LINK, unlinked

TERMS = {
    "incubateur": Term("incubateur", "glossary/incubateur.yml", "Incubateur",
                       "Structure qui **aide** des porteurs de projet < 1 an & plus.",
                       variants=["incubateurs", "incubateur d'entreprises"]),
    "tiers-lieu": Term("tiers-lieu", "glossary/tiers-lieu.yml", "Tiers-lieu", "Lieu de travail partagé.",
                       variants=["tiers-lieux", "tiers lieu"]),
    "start-up": Term("start-up", "glossary/start-up.yml", "Start-up", "Jeune entreprise.", variants=["start-ups"]),
    "donnees-ouvertes": Term("donnees-ouvertes", "glossary/donnees-ouvertes.yml", "Données ouvertes",
                             "Données publiées librement.", synonyms=["open data"]),
}
STEP = "developpement-economique/feuille-de-route.md"


def glossary_of(terms, titles=None, links=None):
    openings = {slug: plain_text(term.definition) for slug, term in terms.items()}
    return Glossary(terms, openings, titles, links=links or Links())


def linked(source, src_uri=STEP, terms=TERMS, links=None):
    glossary = glossary_of(terms, links=links)
    result, used = link_terms(source, glossary.matcher, glossary.tips, src_uri, glossary.links)
    return result, used


def links_in(result):
    """(slug, words linked) of each link added, in order."""
    return [(m.group(1), m.group(3)) for m in LINK.finditer(result)]


def test_first_mention_of_each_term_becomes_a_link_with_its_definition():
    source = "<p>Un incubateur aide. Un autre incubateur aussi, et les incubateurs encore.</p>"
    result, used = linked(source)
    assert links_in(result) == [("incubateur", "incubateur")]
    assert used == ["incubateur"]
    match = LINK.search(result)
    assert match.group(2) == "../../glossaire/incubateur/"
    assert match.group(4) == "Structure qui aide des porteurs de projet &lt; 1 an &amp; plus."
    assert unlinked(result) == source


def test_matching_ignores_case_and_keeps_the_words_as_written():
    result, _used = linked("<p>INCUBATEUR et Start-Up.</p>")
    assert links_in(result) == [("incubateur", "INCUBATEUR"), ("start-up", "Start-Up")]


def test_apostrophes_straight_typographic_and_escaped_are_word_boundaries():
    for text in ("l'incubateur", "l’incubateur", "l&#39;incubateur", "l&rsquo;incubateur"):
        source = f"<p>Voici {text} du quartier.</p>"
        result, _used = linked(source)
        assert links_in(result) == [("incubateur", "incubateur")], text
        assert unlinked(result) == source


def test_an_alias_with_an_apostrophe_is_found_even_when_escaped():
    source = "<p>Un incubateur d&#39;entreprises ouvre.</p>"
    result, _used = linked(source)
    assert links_in(result) == [("incubateur", "incubateur d&#39;entreprises")]
    assert unlinked(result) == source


def test_hyphens_belong_to_the_word():
    result, _used = linked("<p>Des tiers-lieux et des start-ups.</p>")
    assert links_in(result) == [("tiers-lieu", "tiers-lieux"), ("start-up", "start-ups")]
    result, used = linked("<p>Un sous-incubateur, un incubateur-relais, des pré-start-up.</p>")
    assert links_in(result) == [] and used == []


def test_the_longest_form_wins_and_forms_spread_over_lines_match():
    result, _used = linked("<p>Les données\nouvertes et l'open data.</p>")
    assert links_in(result) == [("donnees-ouvertes", "données\nouvertes")]


def test_headings_links_code_labels_and_controls_are_never_touched():
    source = ("<h1>Incubateur</h1><h3>Un incubateur</h3><p><a href='x'>incubateur</a> <code>incubateur</code></p>"
              "<pre>incubateur</pre><label for='a'>incubateur</label><button>incubateur</button>"
              "<legend>incubateur</legend><nav><p>incubateur</p></nav><script>incubateur</script>"
              "<style>.incubateur{}</style><select><option>incubateur</option></select>"
              "<p data-no-glossary>incubateur</p><p>Enfin un <em>incubateur</em>.</p>")
    result, _used = linked(source)
    assert links_in(result) == [("incubateur", "incubateur")]
    assert result.index("gb-gloss") > result.index("Enfin un <em>")
    assert unlinked(result) == source


def test_a_term_is_not_linked_inside_its_own_definition():
    source = ('<div data-term="incubateur"><p>Un incubateur accueille des start-up.</p></div>'
              "<p>Un incubateur.</p>")
    result, _used = linked(source, src_uri="glossaire/incubateur.md")
    assert links_in(result) == [("start-up", "start-up"), ("incubateur", "incubateur")]
    assert result.index('data-gloss="incubateur"') > result.index("</div>")
    assert 'href="../start-up/"' in result


def test_a_page_already_linking_to_an_entry_counts_as_linking_that_term():
    for target in ("../../glossaire/#incubateur", "../../glossaire/incubateur/"):
        source = f'<p><a href="{target}">Incubateur</a></p><p>Un incubateur et une start-up.</p>'
        result, used = linked(source)
        assert links_in(result) == [("start-up", "start-up")]
        assert used == ["incubateur", "start-up"]
    result, used = linked('<p><a href="../../glossaire/">Le glossaire</a> : un incubateur.</p>')
    assert used == ["incubateur"] and links_in(result) == [("incubateur", "incubateur")]


def test_the_rest_of_the_page_is_kept_byte_for_byte():
    source = ("<!DOCTYPE html>\n<p  class=x data-a='1'>A&nbsp;B &amp; C <!-- incubateur --> "
              "<br/>tiers-lieux</p>\r\n<img src=a.png alt='incubateur'><p>x < y &copy; incubateur</p>")
    result, _used = linked(source)
    assert links_in(result) == [("tiers-lieu", "tiers-lieux"), ("incubateur", "incubateur")]
    assert unlinked(result) == source


def test_a_run_of_text_that_cannot_be_mapped_back_exactly_is_left_alone():
    source = "<p>&copy incubateur</p><p>Un incubateur.</p>"
    result, _used = linked(source)
    assert links_in(result) == [("incubateur", "incubateur")]
    assert result.startswith("<p>&copy incubateur</p>")


def test_linking_twice_changes_nothing_more():
    once, _used = linked("<p>Un incubateur, puis un autre incubateur.</p>")
    twice, used = linked(once)
    assert twice == once and used == ["incubateur"]


def test_plain_text_of_a_definition_drops_markup():
    assert plain_text("Un **lieu** [ouvert](https://example.org)\nà tous.") == "Un lieu ouvert à tous."


def test_glossary_lists_the_pages_that_link_to_each_term_in_reading_order():
    glossary = glossary_of(TERMS, {STEP: "Définir une feuille de route"})
    glossary.link("<p>Un incubateur.</p>", STEP, "5. Définir…")
    glossary.link("<p>Un tiers-lieu et un incubateur.</p>", "index.md", "Accueil")
    glossary.link("<p>Un incubateur.</p>", "glossaire.md", "Glossaire")
    glossary.link("<p>Un incubateur.</p>", "glossaire/tiers-lieu.md", "Tiers-lieu")
    page = "".join(f"<div>{back_links_marker(slug)}</div>" for slug in TERMS)
    result = glossary.with_back_links(page, ["index.md", STEP])
    assert result == (
        '<div><p class="gb-term__used">Employé dans : <a href="../../">Accueil</a>, '
        '<a href="../../developpement-economique/feuille-de-route/">Définir une feuille de route</a></p></div>'
        '<div><p class="gb-term__used">Employé dans : <a href="../../">Accueil</a></p></div><div></div><div></div>')


def test_one_compiled_pattern_serves_every_form_of_every_term():
    matcher = TermMatcher(TERMS.values())
    assert isinstance(matcher.pattern, re.Pattern)
    found = [slug for _s, _e, slug in matcher.finditer("incubateurs, tiers lieu, open data")]
    assert found == ["incubateur", "tiers-lieu", "donnees-ouvertes"]


def test_the_runs_of_a_page_are_read_in_one_pass_each_as_if_alone():
    matcher = TermMatcher(TERMS.values())
    # "tiers" ends one run and "lieu" starts the next: no term across them; offsets are each run's own.
    texts = ["Un tiers", "lieu, puis un incubateur", "", "  ", "open data\n", "tiers lieu"]
    assert matcher.find_in_each(texts) == {1: [(14, 24, "incubateur")], 4: [(0, 9, "donnees-ouvertes")],
                                           5: [(0, 10, "tiers-lieu")]}
    # A form holding the very character that joins the runs (a YAML "\0"): each run is read alone.
    odd = Term("odd", "glossary/odd.yml", "a\x00b", "Rare.")
    assert TermMatcher([*TERMS.values(), odd]).find_in_each(["x a", "b tiers lieu"]) == {1: [(2, 12, "tiers-lieu")]}
    assert TermMatcher([]).find_in_each(["incubateur"]) == {}


def test_links_follow_the_addresses_without_directory_urls():
    files = Links(directory_urls=False)
    source = '<p><a href="../glossaire.html#start-up">Start-up</a> Un incubateur, une start-up.</p>'
    result, used = linked(source, links=files)
    assert [m.group(2) for m in LINK.finditer(result)] == ["../glossaire/incubateur.html"]
    assert used == ["start-up", "incubateur"]
    result, used = linked('<p><a href="../glossaire/start-up.html">x</a> une start-up</p>', links=files)
    assert links_in(result) == [] and used == ["start-up"]
    result, used = linked('<p><a href="#start-up">x</a> une start-up</p>', src_uri="glossaire.md", links=files)
    assert links_in(result) == [] and used == ["start-up"]


def test_a_large_glossary_index_only_names_its_terms(monkeypatch):
    from corpus import build_pages
    from macros.pages import glossary
    build, _pages = build_pages(ROOT)
    index = glossary.pages(build)[0].content
    assert '<dt id="incubateur"><a href="incubateur/">Incubateur</a></dt>' in index
    monkeypatch.setattr(glossary, "INDEX_OPENINGS_UP_TO", len(build.guide.terms) - 1)
    index = glossary.pages(build)[0].content
    assert '<li id="incubateur"><a href="incubateur/">Incubateur</a></li>' in index
    assert "<dd>" not in index and "Choisissez une lettre" in index
