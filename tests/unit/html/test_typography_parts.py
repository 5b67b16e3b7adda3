"""A page spaced in parts (its navigation spaced once for every page that shows it) reads as if spaced whole."""
from macros.html.typography import french_spacing, french_spacing_in_parts

N = "\u202f"
MARKERS = ('<div class="nav"', '<div class="content"')


def page(title, text):
    return (f"<title>{title} ?</title><body><p>Guide « pratique »</p>"
            f'<div class="nav"><a href="a:b">Pourquoi ce guide ?</a> <a>Étape 1 : diagnostic</a></div>'
            f'<div class="content"><h1>{title} !</h1><p>{text}</p><code>a : b</code></div></body>')


def test_every_part_of_the_page_gets_its_spaces():
    assert french_spacing_in_parts(page("Accueil", "Voici : un « mot »"), MARKERS) == (
        f"<title>Accueil{N}?</title><body><p>Guide «{N}pratique{N}»</p>"
        f'<div class="nav"><a href="a:b">Pourquoi ce guide{N}?</a> <a>Étape 1{N}: diagnostic</a></div>'
        f'<div class="content"><h1>Accueil{N}!</h1><p>Voici{N}: un «{N}mot{N}»</p><code>a : b</code></div></body>')


def test_the_navigation_shared_by_two_pages_is_spaced_alike_on_both():
    for title, text in [("Un", "Quoi ? Ceci."), ("Deux", "Et « cela » ; fin")]:
        assert french_spacing_in_parts(page(title, text), MARKERS) == french_spacing(page(title, text))


def test_a_page_without_the_markers_is_spaced_whole():
    assert french_spacing_in_parts("<p>Quoi ?</p>", MARKERS) == f"<p>Quoi{N}?</p>"
    assert french_spacing_in_parts('<p>Quoi ?</p><div class="nav">Et ?</div>', MARKERS) == (
        f'<p>Quoi{N}?</p><div class="nav">Et{N}?</div>')
