"""What every kind's builder shares: an unknown reference suggests the closest name, a duplicate id names the
file that holds it first, each problem located at its line."""
from macros.model.references import Checks, did_you_mean, unknown
from macros.reading.yamlload import load


def test_a_mistyped_reference_suggests_the_closest_name():
    assert unknown("étape", "economie/lieu", ["economie/lieux", "economie/donnees"]) == \
        "étape inconnue « economie/lieu » : vouliez-vous dire « economie/lieux » ?"
    assert did_you_mean("zzz", ["tiers-lieu"]) == ""


def test_a_name_close_to_none_says_which_file_it_would_name():
    assert unknown("terme du glossaire", "blockchain", ["tiers-lieu", "incubateur"], "glossary") == (
        "terme du glossaire inconnu « blockchain » : le fichier glossary/blockchain.yml n'existe pas ; "
        "nommez un fichier existant de glossary/ (sans « .yml »)")


def test_resolve_reports_an_unknown_key_at_its_line_unless_its_file_was_refused():
    document = load("initiatives/x.yml", b"title: X\nsteps:\n  - economie/lieu\n  - economie/cafe\n")
    checks = Checks(root=None, broken=[("step", "economie/cafe")])
    found = checks.resolve_all(document, ("steps",), ["economie/lieu", "economie/cafe"],
                               {"economie/lieux": "étape"}, "step", "étape")
    assert found == []
    assert [str(problem) for problem in checks.problems] == [
        "initiatives/x.yml:3:5: étape inconnue « economie/lieu » : vouliez-vous dire « economie/lieux » ?"]


def test_a_duplicate_id_is_reported_where_it_is_repeated():
    first = load("glossary/a.yml", b"term: A\n")
    second = load("glossary/b.yml", b"term: A\n")
    checks = Checks(root=None)
    holders = checks.unique([(first, ("term",), "A"), (second, ("term",), "A")],
                            lambda value, holder: f"terme « {value} » déjà défini dans « {holder[0].path} »")
    assert holders == {"A": (first, ("term",), "A")}
    assert [str(problem) for problem in checks.problems] == [
        "glossary/b.yml:1:7: terme « A » déjà défini dans « glossary/a.yml »"]
