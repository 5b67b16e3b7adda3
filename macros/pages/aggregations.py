"""Resource pages gathered from every step: the key questions and the idea boxes of the whole guide.

Both are rebuilt from the YAML at each build, so that they can never drift from the steps they quote.
"""
from typing import TYPE_CHECKING

from macros import addresses
from macros.pages import by_domain

if TYPE_CHECKING:
    from macros.build import Build

QUESTIONS_PART = by_domain.Part(addresses.QUESTIONS, "questions-cles", "questions", "questions_cles.md.j2",
                                "questions_cles_index.md.j2")
IDEAS_PART = by_domain.Part(addresses.IDEAS, "boites-a-idees", "ideas", "boites_a_idees.md.j2",
                            "boites_a_idees_index.md.j2")


def pages(build: "Build") -> list:
    return [
        *by_domain.part_pages(QUESTIONS_PART, build, lambda step: step.checklists),
        *by_domain.part_pages(IDEAS_PART, build, lambda step: step.idea_box),
    ]

