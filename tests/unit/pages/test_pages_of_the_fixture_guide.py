"""Each page maker on the fixture guide (tests/fixtures/mini): the page it makes, and a piece of what a
reader sees on it, written out here as the reader gets it."""
import pytest

from corpus import MINI, build_pages
from macros.pages import (aggregations, assessment, checklists, decision_tree, initiatives, page, roadmap)


@pytest.fixture(scope="module")
def build():
    return build_pages(MINI)[0]


def one(pages, src_uri):
    [found] = [p for p in pages if p.src_uri == src_uri]
    return found


def test_roadmap_pages_are_the_domain_then_its_steps(build):
    made = roadmap.pages(build)
    assert [(p.src_uri, p.title, p.edit_path) for p in made] == [
        ("economie/index.md", "Économie locale", "roadmap/economie.yml"),
        ("economie/lieux.md", "Ouvrir des lieux", "roadmap/economie/lieux.yml")]
    assert '<a class="gb-stepnav__title" href="lieux/">Ouvrir des lieux</a>' in made[0].content
    assert '<li><input type="checkbox" id="contraintes--humaines" data-item="humaines"> ' \
           '<label for="contraintes--humaines">Manque-t-il des compétences ?</label></li>' in made[1].content
    assert '<p class="gb-initiative__place">Exempleville, Maroc · 2016–2017</p>' in made[1].content
    assert made[1].meta == {"description": "Offrir des lieux de travail aux jeunes entreprises.",
                            "title": "Ouvrir des lieux"}


def test_a_case_study_page_shows_its_facts_and_dated_source(build):
    [case] = initiatives.pages(build)
    assert case.src_uri == "initiatives/ville-test.md"
    assert '<dt>Dispositifs</dt><dd><a href="../../glossaire/tiers-lieu/">Tiers-lieu</a></dd>' in case.content
    assert '<li><a href="../../economie/lieux/">Économie locale · Étape 1 : Ouvrir des lieux</a></li>' in case.content
    assert '<li><a href="https://exemple.org/ville-test" rel="noopener noreferrer">Ville test</a> — ' \
           '<span class="gb-url">https://exemple.org/ville-test</span>, consulté le 26 novembre 2026' in case.content


def test_the_initiatives_index_lists_the_case_study_with_its_filters(build):
    [index] = initiatives.index_pages(build)
    assert index.src_uri == "initiatives/index.md"
    assert '<p class="gb-card__title"><a href="ville-test/">Ville test</a></p>' in index.content
    assert '<option value="2017">2017</option>\n<option value="2016">2016</option>' in index.content


def test_key_questions_and_idea_boxes_gather_every_step(build):
    questions, ideas = aggregations.pages(build)
    assert (questions.src_uri, ideas.src_uri) == ("questions-cles.md", "boites-a-idees.md")
    assert '<li data-question="economie/lieux/contraintes/humaines">Manque-t-il des compétences ?</li>' \
        in questions.content
    assert '<p class="gb-agg__step"><a href="../economie/lieux/">Lire l\'étape 1 : Ouvrir des lieux</a></p>' \
        in ideas.content
    assert "<li>Prêter une salle municipale.</li>" in ideas.content


def test_every_checklist_on_one_page_with_ids_of_its_own(build):
    [every] = checklists.pages(build)
    assert every.src_uri == "checklists/index.md"
    assert '<fieldset class="gb-checklist" id="economie--lieux--liste-contraintes" ' \
           'data-checklist="economie/lieux/contraintes">' in every.content


def test_the_self_assessment_shows_each_answer_with_its_points(build):
    [questionnaire] = assessment.pages(build)
    assert questionnaire.src_uri == "autodiagnostic.md"
    assert '<span class="gb-assess__answer-text">En partie.</span> <span class="gb-assess__points">(1 point)</span>' \
        in questionnaire.content
    assert '<p class="gb-assess__step">Pour approfondir : <a href="../economie/lieux/">étape 1, Ouvrir des lieux</a></p>' \
        in questionnaire.content


def test_the_decision_tree_is_on_its_page_as_nested_questions(build):
    [tree] = decision_tree.pages(build)
    assert tree.src_uri == "arbre-de-decision.md"
    assert '<p class="gb-tree__question"><span class="gb-tree__number">Question 2</span> Quel budget ?</p>' \
        in tree.content
    assert '<p class="gb-tree__leads">→ Recommandation : <a href="#resultat-lieux">Soutenir les tiers-lieux</a></p>' \
        in tree.content


def test_script_json_cannot_end_its_script_element():
    assert str(decision_tree.script_json({"label": "</script><!-- \u2028"})) == \
        '{"label":"\\u003c/script\\u003e\\u003c!-- \\u2028"}'


def test_a_generated_page_carries_its_title_in_its_metadata():
    made = page.GeneratedPage("x.md", "Titre", "texte", "x.yml")
    assert made.meta == {"title": "Titre"}
