"""The table of contents of an English page: a heading's French text is marked there as in the heading."""
from mkdocs.structure.toc import AnchorLink

from macros.html.french_headings import mark_toc, marked_text


def test_a_heading_text_keeps_its_french_runs_marked_and_is_escaped():
    assert marked_text('Step 3: <span lang="fr">L\'été &amp; <em>les</em>   autres</span>') == \
        'Step 3: <span lang="fr">L&#x27;été &amp; les autres</span>'
    assert marked_text("Sources") == "Sources"


def _toc():
    french, english = AnchorLink("La collectivité", "la-collectivite", 2), AnchorLink("Objective", "objective", 2)
    french.children.append(AnchorLink("Six familles", "six-familles", 3))
    return [english, french]


def test_only_the_entries_of_french_headings_are_marked():
    toc = _toc()
    mark_toc(toc, '<h2 id="objective">Objective</h2><h2 id="la-collectivite"><span lang="fr">La collectivité</span></h2>'
                  '<h3 id="six-familles"><span lang="fr">Six familles</span></h3>')
    assert [entry.title for entry in toc] == ["Objective", '<span lang="fr">La collectivité</span>']
    assert toc[1].children[0].title == '<span lang="fr">Six familles</span>'


def test_a_page_with_no_french_heading_keeps_its_entries():
    toc = _toc()
    mark_toc(toc, '<h2 id="objective">Objective</h2><p lang="fr">Texte</p>')
    assert [entry.title for entry in toc] == ["Objective", "La collectivité"]


def test_every_entry_of_a_wholly_french_page_is_marked():
    toc = _toc()
    mark_toc(toc, '<div lang="fr"><h2 id="objective">Objective</h2></div>', whole=True)
    assert [entry.title for entry in toc] == ['<span lang="fr">Objective</span>', '<span lang="fr">La collectivité</span>']
    assert toc[1].children[0].title == '<span lang="fr">Six familles</span>'
