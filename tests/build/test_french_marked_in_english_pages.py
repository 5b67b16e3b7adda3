"""French text shown by an English page is marked `lang="fr"` wherever the page shows it, not only in its
body: the head (<title>, description), the header, the menu, the breadcrumb, the table of contents, the
previous and next links, the printed header, the cards and their records, the filters, the tooltips, a
term's « Used in », the decision tree's data; and a page showing no French text carries no lang="fr".

Two copies of the guide, English edition only: in the first, one case study and one term have no English
text; in the second, also a step, a domain, a decision tree and a hand-written page."""
import json
import re

import pytest

from conftest import english_copy, mkdocs_build
from site_html import read

CASE_STUDY_AND_TERM = ("en/initiatives/kenya-open-data.yml", "en/glossary/hackathon.yml")
MORE = CASE_STUDY_AND_TERM + ("en/roadmap/relations-citoyens/partenaires-civic-tech.yml",
                              "en/roadmap/services-urbains.yml", "en/decisions/relations-citoyens.yml",
                              "en/docs/licence.md")
SITE = "Digital technology for local authorities"
STEP = "3. <span lang=\"fr\">Identifier les partenaires et les initiatives locales de la civic tech</span>"
DOMAIN = '<span lang="fr">Gérer les services urbains</span>'
# The language selector names « Français » in French: the one lang="fr" of every English page.
SELECTOR = re.compile(r' hreflang="fr" lang="fr" class="md-select__link"')


def _english(tmp_path_factory, name, untranslated):
    project = english_copy(tmp_path_factory.mktemp(f"{name}-project"), untranslated)
    site = tmp_path_factory.mktemp(name)
    result = mkdocs_build(project, site / "en", config="mkdocs.en.yml")
    assert result.returncode == 0, result.stderr
    return site / "en"


@pytest.fixture(scope="module")
def few(tmp_path_factory):
    return _english(tmp_path_factory, "few-untranslated", CASE_STUDY_AND_TERM)


@pytest.fixture(scope="module")
def more(tmp_path_factory):
    return _english(tmp_path_factory, "more-untranslated", MORE)


def _part(html, start, end):
    """The page's HTML from the first `start` to the next `end`."""
    begin = html.index(start)
    return html[begin:html.index(end, begin)]


def _pages_with(site, text):
    return sorted(path.parent.relative_to(site).as_posix() for path in site.rglob("index.html")
                  if text in path.read_text(encoding="utf-8"))


def test_the_head_of_an_untranslated_case_study_says_its_title_and_description_are_french(few):
    html = read(few, "initiatives/kenya-open-data")
    assert f'<title lang="fr">Kenya Open Data Initiative - {SITE}</title>' in html
    assert ('<meta name="description" lang="fr" content="En 2011, le Kenya a ouvert en ligne des données '
            'publiques jusque-là gardées dans les ministères, puis a dû apprendre que l&#x27;ouverture se fait '
            'dans la durée, pas en un jour.">') in html


def test_the_header_and_the_printed_header_mark_the_title(few):
    html = read(few, "initiatives/kenya-open-data")
    topic = _part(html, 'data-md-component="header-topic"', "</div>")
    assert '<span lang="fr">Kenya Open Data Initiative</span>' in topic
    assert (f'<p><span class="gb-print-meta__site">{SITE}</span> · <span lang="fr">Kenya Open Data '
            'Initiative</span></p>') in html


def test_an_untranslated_term_is_marked_in_its_head_its_tooltips_and_the_filters(few):
    html = read(few, "glossaire/hackathon")
    assert f'<title lang="fr">Hackathon - {SITE}</title>' in html
    assert '<meta name="description" lang="fr" content="Événement court, souvent de 24 à 48 heures' in html
    # A translated step that mentions the term: its tooltip is the French definition's opening.
    step = read(few, "developpement-economique/priorites-economiques")
    assert ('id="gb-gloss-hackathon" role="tooltip" hidden data-search-exclude><span lang="fr">Événement '
            'court, souvent de 24 à 48 heures') in step
    assert '<option value="hackathon" lang="fr">Hackathon</option>' in read(few, "initiatives")


def test_the_card_and_the_record_of_an_untranslated_case_study_are_marked(few):
    html = read(few, "initiatives")
    assert '<p class="gb-card__title"><a href="kenya-open-data/" lang="fr">Kenya Open Data Initiative</a></p>' in html
    assert ('<p class="gb-card__place"><span lang="fr">Nairobi</span>, <span lang="fr">Kenya</span> · since '
            '2011</p>') in html
    record = re.search(r"""<li class="gb-card" data-record='([^']*kenya-open-data[^']*)'>""", html).group(1)
    assert json.loads(record)["fr"] == ["t", "p"]
    translated = re.search(r"""<li class="gb-card" data-record='([^']*"u":"klab-kigali"[^']*)'>""", html).group(1)
    assert "fr" not in json.loads(translated)


def test_a_term_used_by_an_untranslated_case_study_lists_it_marked(few):
    html = read(few, "glossaire/gouvernement-ouvert")
    assert '<a href="../../initiatives/kenya-open-data/" lang="fr">Kenya Open Data Initiative</a>' in html


def test_only_the_untranslated_pages_have_a_french_title_or_description(few):
    assert _pages_with(few, '<title lang="fr">') == ["glossaire/hackathon", "initiatives/kenya-open-data"]
    assert _pages_with(few, '<meta name="description" lang="fr"') == ["glossaire/hackathon",
                                                                       "initiatives/kenya-open-data"]


@pytest.mark.parametrize("path", ["", "initiatives/klab-kigali", "glossaire/incubateur",
                                  "amenagement-vulnerables/feuille-de-route", "relations-citoyens",
                                  "checklists/services-urbains", "arbre-de-decision/services-urbains"])
def test_a_page_showing_no_french_text_carries_no_lang_fr(few, path):
    html = read(few, path)
    assert len(SELECTOR.findall(html)) == 1
    assert ' lang="fr"' not in SELECTOR.sub("", html)
    assert "Not yet translated" not in html


def test_the_menu_marks_an_untranslated_step_and_domain_on_every_page(more):
    for path in ("", "initiatives/klab-kigali", "licence"):
        menu = _part(read(more, path), '<nav class="md-nav md-nav--primary"', '<div class="md-sidebar md-sidebar--secondary"')
        assert STEP in menu, path
        assert DOMAIN in menu, path


def test_the_previous_and_next_links_mark_an_untranslated_step(more):
    before = _part(read(more, "relations-citoyens/actions-pilotes"), "md-footer__link--prev", "</a>")
    assert f'<div class="md-ellipsis">\n{STEP}\n</div>' in before
    after = _part(read(more, "relations-citoyens/autodiagnostic-e-gouvernement"), "md-footer__link--next", "</a>")
    assert f'<div class="md-ellipsis">\n{STEP}\n</div>' in after


def test_the_breadcrumb_marks_an_untranslated_domain(more):
    path = _part(read(more, "services-urbains/feuille-de-route"), '<nav class="md-path"', "</nav>")
    assert f'<span class="md-ellipsis">\n{DOMAIN}\n</span>' in path


def test_an_untranslated_step_is_marked_in_its_head_and_its_table_of_contents(more):
    html = read(more, "relations-citoyens/partenaires-civic-tech")
    assert (f'<title lang="fr">Identifier les partenaires et les initiatives locales de la civic tech - '
            f'{SITE}</title>') in html
    toc = _part(html, '<nav class="md-nav md-nav--secondary"', "</nav>\n</div>")
    assert '<span lang="fr">La collectivité n&#x27;est pas seule sur le terrain</span>' in toc
    assert '<span lang="fr">Poser les règles du jeu</span>' in toc
    # An English term linked in the French text: its English tooltip says so, or it would read as French.
    assert 'id="gb-gloss-civic-tech" role="tooltip" hidden data-search-exclude><span lang="en">' in html


def test_the_table_of_contents_of_an_untranslated_hand_written_page_is_marked(more):
    toc = _part(read(more, "licence"), '<nav class="md-nav md-nav--secondary"', "</nav>\n</div>")
    assert '<span lang="fr">Les textes\u202f: Licence Ouverte 2.0</span>' in toc      # French spacing too


def test_a_title_part_french_marks_that_part_and_leaves_the_title_element_unmarked(more):
    html = read(more, "checklists/services-urbains")
    assert f"<title>All question lists · Gérer les services urbains - {SITE}</title>" in html
    assert f"All question lists · {DOMAIN}" in _part(html, 'data-md-component="header-topic"', "</div>")


def test_the_filters_mark_a_french_domain_and_its_english_steps_as_english(more):
    html = read(more, "initiatives")
    assert ('<optgroup label="Gérer les services urbains" lang="fr">\n<option value="services-urbains/clarifier-'
            'les-attentes" lang="en">1. Clarify your expectations to improve the services on offer</option>') in html


def test_the_decision_tree_marks_its_french_texts_where_the_widget_reads_them(more):
    # assets/js/decision-tree.js takes the words and their lang from the nested view; its data has no text.
    html = read(more, "arbre-de-decision/relations-citoyens")
    assert re.search(r'<p class="gb-tree__question"><span class="gb-tree__number">Question 1</span> '
                     r'<span lang="fr">[^<]+</span></p>', html)
    assert '<p class="gb-tree__help" lang="fr">' in html
    assert '<span class="gb-tree__answer" lang="fr">' in html
    assert '<span class="gb-tree__answer">' not in html
    translated = read(more, "arbre-de-decision/services-urbains")
    assert '<span class="gb-tree__answer" lang="fr">' not in translated


def test_the_printed_header_of_a_page_named_by_a_french_menu_label_marks_it(more):
    html = read(more, "arbre-de-decision/services-urbains")
    assert f'<p><span class="gb-print-meta__site">{SITE}</span> · 3. {DOMAIN}</p>' in html
