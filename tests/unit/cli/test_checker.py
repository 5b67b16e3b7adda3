"""The checker as a whole: every problem of every file at once, and what `make check` prints."""
from corpus import MINI, make_corpus, problems, run_check

INITIATIVE = (MINI / "initiatives" / "ville-test.yml").read_text(encoding="utf-8")
STEP = (MINI / "roadmap" / "economie" / "lieux.yml").read_text(encoding="utf-8")
I = "initiatives/ville-test.yml"


def initiative(old, new):
    assert old in INITIATIVE
    return {I: INITIATIVE.replace(old, new, 1)}


def test_the_mini_corpus_is_valid(tmp_path):
    assert problems(make_corpus(tmp_path)) == []


# Each kind of bad input, with its exact located message, is a case of the corpus in tests/fixtures/bad/
# (run through `make check` and `make build` by test_bad_inputs.py); inputs accepted on purpose (BOM,
# CRLF…) are in tests/fixtures/accepted/. Here: what holds for the checker as a whole.


def test_every_problem_of_every_file_is_reported_in_one_run(tmp_path):
    changes = {**initiative("country: Maroc", "country: NO"),
               "glossary/tiers-lieu.yml": "term: Tiers-lieu\ndefinition: Un lieu.\nterm: Autre\n",
               "roadmap/economie/lieux.yml": STEP.replace("id: techniques", "id: humaines")}
    found = problems(make_corpus(tmp_path, changes))
    assert [p.split(":")[0] for p in found] == ["glossary/tiers-lieu.yml", I, "roadmap/economie/lieux.yml"]


def test_make_check_command_exits_non_zero_with_the_messages(tmp_path):
    root = make_corpus(tmp_path, initiative("country: Maroc", "country: NO"))
    result = run_check(root)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{I}:4:10: « NO » est lu par YAML comme un booléen (vrai/faux), or il faut ici un texte : "
        "mettez-le entre guillemets, par exemple \"NO\"",
        "1 problème dans le contenu : rien n'a été publié."]
    assert "Traceback" not in result.stderr


def test_make_check_command_says_what_it_checked(tmp_path):
    result = run_check(make_corpus(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Contenu valide : 1 domaine(s), 1 étapes, 1 listes, 1 initiatives, 2 termes")
