"""Resource pages gathered from every step: the key questions and the idea boxes of the whole guide.

Both are rebuilt from the YAML at each build, so that they can never drift from the steps they quote.
"""
from . import pages

QUESTIONS = "questions-cles.md"
IDEAS = "boites-a-idees.md"


def steps_with(guide, has):
    """(domain, [steps]) for each domain that has at least one step with the wanted part."""
    for domain in guide.domains:
        steps = [step for step in domain.steps if has(step)]
        if steps:
            yield domain, steps


def question_count(guide):
    return sum(len(checklist.items) for checklist in guide.all_checklists())


def aggregation_pages(guide):
    questions = list(steps_with(guide, lambda step: step.checklists))
    ideas = list(steps_with(guide, lambda step: step.idea_box))
    return [
        pages.GeneratedPage(QUESTIONS, "Questions clés", pages.render(
            "questions_cles.md.j2", QUESTIONS, groups=questions, count=question_count(guide),
            description="Toutes les questions « En pratique » du guide, étape par étape."), "roadmap/"),
        pages.GeneratedPage(IDEAS, "Boîtes à idées", pages.render(
            "boites_a_idees.md.j2", IDEAS, groups=ideas,
            count=sum(len(steps) for _domain, steps in ideas),
            description="Les outils, méthodes et indicateurs proposés dans les étapes du guide."), "roadmap/"),
    ]


pages.EXTRA_PAGES.append(aggregation_pages)
