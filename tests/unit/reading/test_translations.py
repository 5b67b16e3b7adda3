"""The English overlays (en/<record path>): what `make translations` reports, at the line to edit."""
from pathlib import Path

from conftest import ROOT
from macros.cli import translations as cli
from macros.reading import translations

FRENCH = """title: Un titre
number: 3
checklists:
  - id: premiere
    title: Première liste
    items:
      - id: q1
        text: Une question ?
      - id: q2
        text: Une autre question ?
key_points:
  - Un point.
  - Un autre point.
"""
ENGLISH = """title: A title
checklists:
  - id: premiere
    title: First list
    items:
      - id: q1
        text: A question?
      - id: q2
        text: Another question?
key_points:
  - A point.
  - Another point.
"""


def guide(tmp_path: Path, english: str) -> Path:
    (tmp_path / "roadmap" / "domaine").mkdir(parents=True)
    (tmp_path / "roadmap" / "domaine" / "etape.yml").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en" / "roadmap" / "domaine").mkdir(parents=True)
    (tmp_path / "en" / "roadmap" / "domaine" / "etape.yml").write_text(english, encoding="utf-8")
    return tmp_path


def run(root: Path, capsys, *args) -> tuple:
    with _inside(root):
        code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


class _inside:
    def __init__(self, folder):
        self.folder = folder

    def __enter__(self):
        import os
        self.before = os.getcwd()
        os.chdir(self.folder)

    def __exit__(self, *exc):
        import os
        os.chdir(self.before)


def test_a_complete_translation_is_stale_until_stamped_then_up_to_date(tmp_path, capsys):
    root = guide(tmp_path, ENGLISH)
    code, out, err = run(root, capsys)
    assert code == 0 and err == ""
    assert "en/roadmap/domaine/etape.yml:1:1: « translated_from » manque : « make translations-stamp » l'écrit (avertissement)" in out
    run(root, capsys, "--stamp", "en/roadmap/domaine/etape.yml")
    assert (root / "en/roadmap/domaine/etape.yml").read_text(encoding="utf-8").startswith("translated_from: ")
    code, out, err = run(root, capsys)
    assert "etape.yml" not in out
    assert "Édition anglaise : 1 fichier(s) traduit(s) et à jour sur 1 ; 0 à traduire, 0 à revoir, 0 erreur(s)." in out


def test_a_changed_french_text_makes_its_translation_stale_at_the_stamp_line(tmp_path, capsys):
    root = guide(tmp_path, ENGLISH)
    run(root, capsys, "--stamp", "en/roadmap/domaine/etape.yml")
    french = root / "roadmap/domaine/etape.yml"
    french.write_text(FRENCH.replace("Une autre question ?", "Une question reformulée ?"), encoding="utf-8")
    code, out, _ = run(root, capsys)
    assert code == 0
    assert ("en/roadmap/domaine/etape.yml:1:18: traduction faite sur un texte français plus ancien : "
            "revoyez-la, puis « make translations-stamp » (avertissement)") in out
    assert "0 fichier(s) traduit(s) et à jour sur 1 ; 0 à traduire, 1 à revoir, 0 erreur(s)." in out


def test_a_change_outside_the_text_leaves_the_translation_up_to_date(tmp_path, capsys):
    root = guide(tmp_path, ENGLISH)
    run(root, capsys, "--stamp", "en/roadmap/domaine/etape.yml")
    french = root / "roadmap/domaine/etape.yml"
    french.write_text(FRENCH.replace("number: 3", "number: 4"), encoding="utf-8")
    _, out, _ = run(root, capsys)
    assert "1 fichier(s) traduit(s) et à jour sur 1" in out


def test_untranslated_text_is_counted_at_its_key(tmp_path, capsys):
    root = guide(tmp_path, ENGLISH.replace("key_points:\n  - A point.\n  - Another point.\n", ""))
    _, out, _ = run(root, capsys)
    assert "en/roadmap/domaine/etape.yml:1:1: 2 texte(s) du fichier français sans traduction, dont « key_points.0 »" in out


def test_overlays_that_leave_the_french_shape_are_errors_all_at_once(tmp_path, capsys):
    english = (ENGLISH.replace("  - id: premiere", "  - id: first")
               .replace("  - Another point.\n", "  - Another point.\n  - A third point.\n")
               + "number: 3\nsubtitle: Nothing in French\n")
    root = guide(tmp_path, english)
    code, _, err = run(root, capsys)
    assert code == 1
    assert err.splitlines() == [
        "en/roadmap/domaine/etape.yml:3:9: identifiant « first » : le fichier français a « premiere » à cet endroit",
        "en/roadmap/domaine/etape.yml:11:3: 3 élément(s) ici, 2 dans le fichier français : donnez-les tous, dans le même ordre",
        "en/roadmap/domaine/etape.yml:14:1: « number » n'est pas du texte : il ne se traduit pas, retirez-le (le fichier français suffit)",
        "en/roadmap/domaine/etape.yml:15:1: clé « subtitle » absente du fichier français",
    ]


def test_a_translation_of_no_french_file_is_an_error(tmp_path, capsys):
    root = guide(tmp_path, ENGLISH)
    (root / "en/roadmap/domaine/etape.yml").rename(root / "en/roadmap/domaine/autre.yml")
    code, _, err = run(root, capsys)
    assert code == 1
    assert "en/roadmap/domaine/autre.yml:1:1: aucun fichier français à cette adresse" in err


def test_a_hand_written_page_is_stamped_in_its_front_matter(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/licence.md").write_text("# Licence\n\nLe texte.\n", encoding="utf-8")
    (tmp_path / "en/docs").mkdir(parents=True)
    (tmp_path / "en/docs/licence.md").write_text("# Licence\n\nThe text.\n", encoding="utf-8")
    _, out, _ = run(tmp_path, capsys)
    assert "en/docs/licence.md:1:1: « translated_from » manque" in out
    run(tmp_path, capsys, "--stamp", "en/docs/licence.md")
    assert (tmp_path / "en/docs/licence.md").read_text(encoding="utf-8").startswith("---\ntranslated_from: ")
    (tmp_path / "docs/licence.md").write_text("# Licence\n\nLe texte changé.\n", encoding="utf-8")
    _, out, _ = run(tmp_path, capsys)
    assert "en/docs/licence.md:2:1: traduction faite sur une page française plus ancienne" in out


def test_the_guide_s_own_translations_are_usable():
    report = translations.check(ROOT)
    assert [str(p) for p in report.problems] == []


def test_stamping_needs_the_files_reviewed(tmp_path, capsys):
    root = guide(tmp_path, ENGLISH)
    code, _, err = run(root, capsys, "--stamp")
    assert code == 2
    assert err == 'Nommez les traductions relues : make translations-stamp FILES="en/… en/…"\n'
    assert "translated_from" not in (root / "en/roadmap/domaine/etape.yml").read_text(encoding="utf-8")


def test_a_term_has_as_many_english_forms_as_english_needs(tmp_path, capsys):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary/tiers-lieu.yml").write_text(
        "term: Tiers-lieu\nvariants:\n  - tiers-lieux\ndefinition: Un lieu.\n", encoding="utf-8")
    (tmp_path / "en/glossary").mkdir(parents=True)
    (tmp_path / "en/glossary/tiers-lieu.yml").write_text(
        "term: Third place\nsynonyms:\n  - third space\nvariants:\n  - third places\n  - third-place\n  - ''\n"
        "definition: A place.\n", encoding="utf-8")
    code, _, err = run(tmp_path, capsys)
    assert code == 1
    assert err == "en/glossary/tiers-lieu.yml:7:5: une forme du terme est un texte non vide\n"
