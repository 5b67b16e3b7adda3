"""The page of a self-assessment: its questions, answered without JavaScript on paper, scored by
assets/js/self-assessment.js in the browser."""
from macros.pages.page import GeneratedPage, page


def pages(build) -> list[GeneratedPage]:
    return [page(build, "assessment.md.j2", assessment.src_uri, assessment.title, assessment.path,
                 assessment=assessment,
                 description="Un questionnaire noté pour situer sa collectivité et savoir par quelle étape commencer.")
            for assessment in build.guide.assessments.values()]
