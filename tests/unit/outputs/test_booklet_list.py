"""The PDF booklets a guide offers (the files themselves are read back in tests/build/test_booklets.py)."""
from corpus import MINI
from macros.kinds import load_guide
from macros.outputs import booklets


def test_one_booklet_per_step_with_checklists_then_all_checklists_the_whole_guide_and_the_case_studies():
    made = booklets.booklets(load_guide(MINI))
    assert [(booklet.path, booklet.title) for booklet in made] == [
        ("telechargements/listes-economie-lieux.pdf", "Étape 1 : Ouvrir des lieux — listes de questions"),
        ("telechargements/toutes-les-listes.pdf", "Toutes les listes de questions"),
        ("telechargements/guide-complet.pdf", "Le guide complet"),
        ("telechargements/etudes-de-cas-economie.pdf", "Études de cas : Économie locale"),
    ]
    assert made[0].description == "Les listes de questions de l'étape 1, à imprimer."
