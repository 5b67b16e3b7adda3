"""The `/checklists/` page: every checklist of the guide, by domain and step, for a booklet (one page per
domain once the guide has several, see by_domain).

The checklists keep the step pages' markup and keys, so that a box ticked here is ticked there too.
"""
from . import by_domain, pages

SRC_URI = "checklists/index.md"
PART = by_domain.Part(SRC_URI, "checklists", "Toutes les checklists", "checklists.md.j2", "checklists_index.md.j2")


def checklists_pages(guide):
    if not any(step.checklists for step in guide.steps.values()):
        return []
    return by_domain.part_pages(PART, guide, lambda step: step.checklists,
                                "Toutes les listes « En pratique » du guide, à cocher et à imprimer.")


pages.EXTRA_PAGES.append(checklists_pages)
