"""The model of the fixture guide, record by record, as the pages get it: a case study's years and sources,
a step's place in its domain, a checklist's key, a tree's and a questionnaire's addresses."""
import pytest

from corpus import MINI, make_corpus, problems
from macros.kinds import load_guide
from macros.model import assessment, decision_tree, guide, initiative, roadmap, source


@pytest.fixture(scope="module")
def mini():
    return load_guide(MINI)


def test_a_case_study(mini):
    [case] = mini.initiatives
    assert isinstance(case, initiative.Initiative)
    assert (case.title, case.city, case.country, case.years) == ("Ville test", "Exempleville", "Maroc", "2016–2017")
    assert case.src_uri == "initiatives/ville-test.md"
    assert [step.key for step in case.steps] == ["economie/lieux"] and [t.slug for t in case.devices] == ["tiers-lieu"]
    assert case.sources == [source.Source("https://exemple.org/ville-test", "Ville test", "2026-11-26")]


def test_years_as_a_reader_reads_them():
    def years(start, end):
        return initiative.Initiative("x", "initiatives/x.yml", "X", "V", "P", start, [], "", "", [], [], [],
                                     year_end=end).years
    assert years(2016, None) == "depuis 2016"
    assert years(2016, 2016) == "2016"
    assert years(2016, 2019) == "2016–2019"


def test_sources_keep_their_publisher():
    assert source.sources([{"url": "https://a.org", "title": "A", "consulted": "2026-01-02", "publisher": "Ville"}]) \
        == [source.Source("https://a.org", "A", "2026-01-02", "Ville")]
    assert source.sources(None) == []


def test_an_end_before_the_start_is_refused(tmp_path):
    text = (MINI / "initiatives/ville-test.yml").read_text(encoding="utf-8").replace("end: 2017", "end: 2015")
    assert problems(make_corpus(tmp_path, {"initiatives/ville-test.yml": text})) == [
        "initiatives/ville-test.yml:7:8: année de fin 2015 antérieure à l'année de début 2016"]


def test_the_roadmap(mini):
    assert isinstance(mini, guide.Guide)
    [domain] = mini.domains
    assert isinstance(domain, roadmap.Domain) and domain.src_uri == "economie/index.md"
    step = mini.steps["economie/lieux"]
    assert (step.key, step.src_uri, step.number, step.title) == ("economie/lieux", "economie/lieux.md", 1,
                                                                 "Ouvrir des lieux")
    assert step.previous is None and step.next is None
    [checklist] = step.checklists
    assert checklist.key == "economie/lieux/contraintes"
    assert [(item.id, item.text) for item in checklist.items] == [("humaines", "Manque-t-il des compétences ?"),
                                                                  ("techniques", "Manque-t-il des ordinateurs ?")]
    assert roadmap.main_domain([step]) is domain


def test_a_step_without_its_domain_file_is_refused(tmp_path):
    step = (MINI / "roadmap/economie/lieux.yml").read_text(encoding="utf-8")
    assert problems(make_corpus(tmp_path, {"roadmap/social/lieux.yml": step})) == [
        "roadmap/social/lieux.yml:1:1: le dossier « roadmap/social/ » n'a pas de fichier de domaine "
        "« roadmap/social.yml »"]


def test_the_decision_tree(mini):
    tree = mini.decision_trees["dispositifs"]
    assert isinstance(tree, decision_tree.DecisionTree)
    assert (tree.title, tree.src_uri, tree.domain.slug) == ("Quels dispositifs ?", "arbre-de-decision.md", "economie")
    assert [outcome.title for outcome in tree.outcomes.values()] == ["Soutenir les tiers-lieux",
                                                                     "Co-financer un incubateur"]
    assert decision_tree.find_loops(tree) == []


def test_the_self_assessment(mini):
    questionnaire = mini.assessments["autodiagnostic"]
    assert isinstance(questionnaire, assessment.Assessment)
    assert (questionnaire.title, questionnaire.src_uri) == ("Autodiagnostic d'essai", "autodiagnostic.md")
    # Two questions: « Non. » (0) to both at least, « Oui. » (2) to both at most.
    assert (questionnaire.lowest, questionnaire.highest) == (0, 4)
