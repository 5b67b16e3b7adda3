"""The list of kinds, and the journey from files to the model: the fixture guide read whole."""
import pytest

from corpus import MINI, make_corpus
from macros.kinds import BY_NAME, KINDS, load_guide
from macros.reading.problems import ContentError


def test_the_kinds_of_record_in_the_order_they_are_built():
    assert [kind.name for kind in KINDS] == ["term", "domain", "step", "initiative", "decision-tree", "assessment"]
    assert BY_NAME["initiative"].files == "initiatives/*"
    assert BY_NAME["step"].files == "roadmap/*/*"


def test_load_guide_reads_the_fixture_guide_whole():
    guide = load_guide(MINI)
    assert [domain.title for domain in guide.domains] == ["Économie locale"]
    assert list(guide.steps) == ["economie/lieux"]
    assert [initiative.title for initiative in guide.initiatives] == ["Ville test"]
    assert sorted(guide.terms) == ["incubateur", "tiers-lieu"]
    assert list(guide.decision_trees) == ["dispositifs"]
    assert list(guide.assessments) == ["autodiagnostic"]
    assert [checklist.key for checklist in guide.all_checklists()] == ["economie/lieux/contraintes"]
    # The links between records, derived once: the step lists the case study that names it.
    assert [initiative.slug for initiative in guide.steps["economie/lieux"].initiatives] == ["ville-test"]


def test_load_guide_raises_every_problem_located(tmp_path):
    root = make_corpus(tmp_path, {"initiatives/ville-test.yml": (MINI / "initiatives/ville-test.yml").read_text(
        encoding="utf-8").replace("  - economie/lieux", "  - economie/lieu")})
    with pytest.raises(ContentError) as error:
        load_guide(root)
    assert [str(problem) for problem in error.value.problems] == [
        "initiatives/ville-test.yml:16:5: étape inconnue « economie/lieu » : vouliez-vous dire « economie/lieux » ?"]
