"""The `/checklists/` page: every checklist of the guide, by domain and step, for a booklet (one page per
domain once the guide has several, see by_domain).

The checklists keep the step pages' markup and keys, so that a box ticked here is ticked there too.
"""
from typing import TYPE_CHECKING

from macros import addresses
from macros.pages import by_domain

if TYPE_CHECKING:
    from macros.build import Build

PART = by_domain.Part(addresses.CHECKLISTS, "checklists", "checklists", "checklists.md.j2", "checklists_index.md.j2")


def pages(build: "Build") -> list:
    if not any(step.checklists for step in build.guide.steps.values()):
        return []
    return by_domain.part_pages(PART, build, lambda step: step.checklists)

