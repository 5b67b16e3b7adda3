"""The self-assessment « Autodiagnostic » : the real questionnaire, and each problem of a questionnaire
reported by the checker with its located French message."""
import pytest
import yaml

from conftest import ROOT
from corpus import MINI, make_corpus, problems

SOURCE = yaml.safe_load((ROOT / "assessments/autodiagnostic.yml").read_text(encoding="utf-8"))
A = "assessments/autodiagnostic.yml"
MINI_TEXT = (MINI / A).read_text(encoding="utf-8")


def lowest():
    return sum(min(a["score"] for a in q["answers"]) for q in SOURCE["questions"])


def highest():
    return sum(max(a["score"] for a in q["answers"]) for q in SOURCE["questions"])


def band_for(total):
    return [b for b in SOURCE["bands"] if b["min"] <= total <= b["max"]]


def test_the_real_questionnaire_has_8_to_12_questions_and_bands_covering_every_total():
    questions = SOURCE["questions"]
    assert 8 <= len(questions) <= 12
    assert all(len(q["answers"]) >= 2 for q in questions)
    for total in range(lowest(), highest() + 1):
        assert len(band_for(total)) == 1, f"total {total}"
    assert all(b["min"] >= lowest() and b["max"] <= highest() for b in SOURCE["bands"])


def mini(old, new):
    assert old in MINI_TEXT, old
    return {A: MINI_TEXT.replace(old, new, 1)}


CASES = {
    "gap between bands": (mini("    min: 2\n", "    min: 3\n"),
        [f"{A}:34:10: aucune tranche ne couvre le total 2 : faites commencer la tranche « suite » à 2 ou ajoutez "
         "une tranche"]),
    "overlap": (mini("    max: 1\n", "    max: 2\n"),
        [f"{A}:34:10: les tranches « debut » et « suite » se chevauchent : le total 2 appartient aux deux"]),
    "lowest total not covered": (mini("    min: 0\n", "    min: 1\n"),
        [f"{A}:28:10: aucune tranche ne couvre le total 0 : faites commencer la tranche « debut » à 0 ou ajoutez "
         "une tranche"]),
    "highest total not covered": (mini("    max: 4\n", "    max: 3\n"),
        [f"{A}:35:10: aucune tranche ne couvre le total 4 : prolongez la tranche « suite » jusqu'à 4, le plus grand "
         "total possible (la réponse la mieux notée de chaque question), ou ajoutez une tranche"]),
    "band beyond the highest total": (mini("    max: 4\n", "    max: 5\n"),
        [f"{A}:35:10: la tranche « suite » va jusqu'à 5, or le plus grand total possible est 4 (la réponse la mieux "
         "notée de chaque question) : arrêtez-la à 4"]),
    "a new score leaves totals uncovered": (mini("        score: 2\nbands", "        score: 3\nbands"),
        [f"{A}:35:10: aucune tranche ne couvre le total 5 : prolongez la tranche « suite » jusqu'à 5, le plus grand "
         "total possible (la réponse la mieux notée de chaque question), ou ajoutez une tranche"]),
    "maximum below minimum, and the gap it leaves": (mini("    max: 4\n", "    max: 1\n"),
        [f"{A}:29:10: aucune tranche ne couvre les totaux de 2 à 4 : prolongez la tranche « debut » jusqu'à 4, le "
         "plus grand total possible (la réponse la mieux notée de chaque question), ou ajoutez une tranche",
         f"{A}:35:10: tranche « suite » : son maximum (1) est plus petit que son minimum (2)"]),
    "duplicate question id": (mini("  - id: budget", "  - id: lieux"),
        [f"{A}:17:9: identifiant de question « lieux » en double dans le questionnaire : chaque question a le sien"]),
    "duplicate answer id": (mini("      - id: oui\n        text: Oui.\n        score: 2\nbands",
                                 "      - id: non\n        text: Oui.\n        score: 2\nbands"),
        [f"{A}:23:13: identifiant de réponse « non » en double dans la question « budget » : chaque réponse a le "
         "sien"]),
    "duplicate band id": (mini("  - id: suite", "  - id: debut"),
        [f"{A}:33:9: identifiant de tranche « debut » en double : chaque tranche a le sien"]),
    "unknown step of a question": (mini("step: economie/lieux", "step: economie/lieu"),
        [f"{A}:6:11: étape inconnue « economie/lieu » : vouliez-vous dire « economie/lieux » ?"]),
    "unknown step of a band": (mini("steps: [economie/lieux]", "steps: [economie/lieu]"),
        [f"{A}:32:13: étape inconnue « economie/lieu » : vouliez-vous dire « economie/lieux » ?"]),
    "score that is not a number": (mini("        score: 1\n", "        score: un\n"),
        [f"{A}:13:16: type incorrect pour « score » : il faut un nombre entier, pas un texte. Exemple : score: 1"]),
    "unknown field": (mini("    step: economie/lieux", "    stpe: economie/lieux"),
        [f"{A}:6:5: champ inconnu « stpe » : vouliez-vous dire « step » ?"]),
    "raw HTML in a band": (mini("text: Continuez.", "text: Continuez <b>vite</b>."),
        [f"{A}:37:11: HTML brut refusé (« </b> ») : écrivez en Markdown, par exemple **gras** ou "
         "[lien](https://exemple.org)",
         f"{A}:37:11: HTML brut refusé (« <b> ») : écrivez en Markdown, par exemple **gras** ou "
         "[lien](https://exemple.org)"]),
}


@pytest.mark.parametrize("name", CASES)
def test_checker_reports_each_assessment_problem_where_it_is(tmp_path, name):
    changes, expected = CASES[name]
    assert problems(make_corpus(tmp_path, changes)) == expected
