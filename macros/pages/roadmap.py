"""The pages of the roadmap: one per domain, one per step."""
from typing import TYPE_CHECKING

from macros.pages.page import GeneratedPage, page

if TYPE_CHECKING:
    from macros.build import Build


def pages(build: "Build") -> list[GeneratedPage]:
    made = []
    for domain in build.guide.domains:
        made.append(page(build, "domain.md.j2", domain.src_uri, domain.title, domain.path, domain=domain,
                         description=domain.summary))
        made.extend(page(build, "step.md.j2", step.src_uri, step.title, step.path, step=step,
                         description=step.objective) for step in domain.steps)
    return made
