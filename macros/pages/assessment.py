"""The page of a self-assessment: its questions, answered without JavaScript on paper, scored by
assets/js/self-assessment.js in the browser."""
from typing import TYPE_CHECKING

from macros.pages.page import GeneratedPage, page

if TYPE_CHECKING:
    from macros.build import Build


def pages(build: "Build") -> list[GeneratedPage]:
    return [page(build, "assessment.md.j2", assessment.src_uri, assessment.title, assessment.path,
                 assessment=assessment,
                 description=build.messages.text("assessment.description"))
            for assessment in build.guide.assessments.values()]
