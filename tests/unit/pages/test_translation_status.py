"""The translation status page (/traductions/): what maintainers read of the English edition."""
from corpus import build_pages, make_corpus

STALE = """translated_from: "000000000000"
term: Incubator
variants: [incubators]
definition: A structure that supports very young businesses.
"""


def status_page(root, language="fr"):
    _build, pages = build_pages(root, language=language)
    return next(page for page in pages if page.src_uri == "traductions.md")


def test_the_page_lists_stale_and_missing_translations_with_their_lines(tmp_path):
    root = make_corpus(tmp_path, {"en/glossary/incubateur.yml": STALE})
    page = status_page(root)
    assert page.title == "État de la traduction anglaise"
    assert "## À revoir : le français a changé depuis (1)" in page.content
    assert ('<li><code>en/glossary/incubateur.yml:1:18</code> <span lang="fr">traduction faite sur un texte '
            'français plus ancien : revoyez-la, puis « make translations-stamp »</span></li>') in page.content
    assert '<li><code>en/initiatives/ville-test.yml:1:1</code> <span lang="fr">pas de traduction anglaise de ' \
           'initiatives/ville-test.yml</span></li>' in page.content
    assert "## Traduction inutilisable (0)\n\n<p>Aucune.</p>" in page.content


def test_the_english_edition_has_the_page_in_english(tmp_path):
    root = make_corpus(tmp_path, {"en/glossary/incubateur.yml": STALE})
    page = status_page(root, "en")
    assert page.title == "State of the English translation"
    assert "## To review: the French has changed since (1)" in page.content


def test_a_guide_without_english_has_no_status_page(tmp_path):
    root = make_corpus(tmp_path, {})
    _build, pages = build_pages(root)
    assert "traductions.md" not in [page.src_uri for page in pages]
