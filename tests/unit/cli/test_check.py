"""`python -m macros.cli.check`, called in process: what it prints of a valid guide, of a broken one, and
where a case study will appear (--where)."""
from corpus import MINI, make_corpus
from macros.cli import check


def test_a_valid_guide_is_counted(capsys):
    assert check.main([str(MINI)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Contenu valide : 1 domaine(s), 1 étapes, 1 listes, 1 initiatives, 2 termes (")
    assert out.endswith(" s).\n")


def test_where_says_every_place_a_case_study_will_appear(capsys):
    assert check.main([str(MINI), "--where", "initiatives/ville-test.yml"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [
        "initiatives/ville-test.yml paraîtra :",
        "- sur sa propre page : /initiatives/ville-test/",
        "- dans l'index des initiatives : /initiatives/ (filtres par pays, dispositif, étape)",
        "- sur la page de l'étape 1 « Ouvrir des lieux » (Économie locale)",
        "- dans l'arbre « Quels dispositifs ? », recommandation « Soutenir les tiers-lieux »",
    ]


def test_where_names_a_file_that_is_not_a_case_study(capsys):
    assert check.main(["--where", "glossary/incubateur.yml", str(MINI)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "glossary/incubateur.yml n'est pas une étude de cas du guide (initiatives/<nom>.yml)."]


def test_a_broken_guide_exits_1_with_its_located_problems(tmp_path, capsys):
    root = make_corpus(tmp_path, {"glossary/incubateur.yml": "term: Incubateur\ndefinition: Une structure.\nrelated: [tiers-lie]\n"})
    assert check.main([str(root)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "glossary/incubateur.yml:3:11: terme du glossaire inconnu « tiers-lie » : vouliez-vous dire « tiers-lieu » ?" \
        in captured.err


def test_make_check_reports_a_stale_english_translation_at_its_line(tmp_path, capsys):
    import shutil
    root = tmp_path / "guide"
    shutil.copytree(MINI, root)
    french = next((root / "glossary").glob("*.yml"))
    english = root / "en" / "glossary" / french.name
    english.parent.mkdir(parents=True)
    english.write_text('translated_from: "000000000000"\nterm: A term\n', encoding="utf-8")
    assert check.main([str(root)]) == 0
    out = capsys.readouterr().out
    assert (f"en/glossary/{french.name}:1:18: traduction faite sur un texte français plus ancien : "
            "revoyez-la, puis « make translations-stamp » (avertissement)") in out
    assert "à revoir" in out.splitlines()[-1]


def test_make_translations_lists_what_the_english_build_refuses_in_the_text(tmp_path, capsys):
    """Beyond their shape: an English text the record's schema or the Markdown rules refuse."""
    import os
    from corpus import make_corpus
    from macros.cli import translations as cli
    root = make_corpus(tmp_path, {"en/glossary/tiers-lieu.yml": "definition: A <b>place</b>.\n"})
    before = os.getcwd()
    os.chdir(root)
    try:
        assert cli.main([]) == 1
    finally:
        os.chdir(before)
    assert "en/glossary/tiers-lieu.yml:1:13: HTML brut refusé (« <b> ») : écrivez en Markdown, par exemple " \
           "**gras** ou [lien](https://exemple.org)\n" in capsys.readouterr().err
