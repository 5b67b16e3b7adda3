"""Resource pages gathered from every step: the key questions and the idea boxes of the whole guide.

Both are rebuilt from the YAML at each build, so that they can never drift from the steps they quote.
"""
from . import by_domain, pages

QUESTIONS = "questions-cles.md"
QUESTIONS_PART = by_domain.Part(QUESTIONS, "questions-cles", "Questions clés", "questions_cles.md.j2",
                                "questions_cles_index.md.j2")
IDEAS = "boites-a-idees.md"


def aggregation_pages(guide):
    ideas = by_domain.groups(guide, lambda step: step.idea_box)
    return [
        *by_domain.part_pages(QUESTIONS_PART, guide, lambda step: step.checklists,
                              "Toutes les questions « En pratique » du guide, étape par étape."),
        pages.GeneratedPage(IDEAS, "Boîtes à idées", pages.render(
            "boites_a_idees.md.j2", IDEAS, groups=ideas,
            count=sum(len(steps) for _domain, steps in ideas),
            description="Les outils, méthodes et indicateurs proposés dans les étapes du guide."), "roadmap/"),
    ]


pages.EXTRA_PAGES.append(aggregation_pages)
