"""French spacing in an English page: only inside the elements marked lang="fr", English text left as written."""
from macros.html.typography import french_passages

N = "\u202f"


def test_an_english_page_without_french_is_returned_as_it_was():
    page = '<p>Why? Because: it works!</p><a href="x" hreflang="fr">Français</a>'
    assert french_passages(page) is page


def test_only_the_french_passage_gets_narrow_spaces():
    page = ('<p>What next? See below.</p><p lang="fr">Pourquoi ? Parce que : « oui » !</p>'
            '<p>Done!</p>')
    assert french_passages(page) == (f'<p>What next? See below.</p><p lang="fr">Pourquoi{N}? Parce que{N}: «{N}oui{N}»{N}!</p>'
                                     '<p>Done!</p>')


def test_a_passage_ends_at_its_own_closing_tag_not_at_a_nested_one():
    page = '<div lang="fr"><div>Quoi ?</div> Ensuite : fin.</div><div>And then: the end?</div>'
    assert french_passages(page) == f'<div lang="fr"><div>Quoi{N}?</div> Ensuite{N}: fin.</div><div>And then: the end?</div>'


def test_attributes_and_code_inside_a_french_passage_are_left_alone():
    page = '<span lang="fr"><a href="https://x.org/a?b=c" title="t">Lien ?</a> <code>a ? b</code></span> English?'
    assert french_passages(page) == (f'<span lang="fr"><a href="https://x.org/a?b=c" title="t">Lien{N}?</a> '
                                     '<code>a ? b</code></span> English?')


def test_a_french_passage_left_open_is_spaced_to_the_end_of_the_page():
    assert french_passages('<p>Ok?</p><p lang="fr">Fin ?') == f'<p>Ok?</p><p lang="fr">Fin{N}?'
