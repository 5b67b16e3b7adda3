"""The `/checklists/` page: every checklist of the guide on one page, by domain and step, for a booklet.

The checklists keep the step pages' markup and keys, so that a box ticked here is ticked there too.
"""
from . import pages

SRC_URI = "checklists/index.md"


def checklists_page(guide):
    steps = [step for domain in guide.domains for step in domain.steps if step.checklists]
    count = sum(len(step.checklists) for step in steps)
    if not count:
        return []
    content = pages.render("checklists.md.j2", SRC_URI, guide=guide, count=count, step_count=len(steps),
                           description="Toutes les listes « En pratique » du guide, à cocher et à imprimer.")
    return [pages.GeneratedPage(SRC_URI, "Toutes les checklists", content, "roadmap/")]


pages.EXTRA_PAGES.append(checklists_page)
