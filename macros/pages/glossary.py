"""The glossary's index, light enough for a slow connection however many terms the guide has, and one page
per term with its whole definition, its sources and the pages that use it."""
from typing import TYPE_CHECKING

from macros import addresses
from macros.pages.page import GeneratedPage, page
from macros.reading.overlays import French, is_french

if TYPE_CHECKING:
    from macros.build import Build

# Past this many terms the index names them only (by letter): with 500 openings it would weigh 150 KB.
INDEX_OPENINGS_UP_TO = 150


def pages(build: "Build") -> list[GeneratedPage]:
    guide, openings = build.guide, build.views.openings
    made = [page(build, "glossary.md.j2", addresses.GLOSSARY, build.messages.text("glossary.title"), "glossary/",
                 guide=guide, tips=openings if len(openings) <= INDEX_OPENINGS_UP_TO else {},
                 description=build.messages.text("glossary.description"))]
    # The opening is plain text made from the definition: French still when the definition is (its <meta>).
    made.extend(page(build, "term.md.j2", term.src_uri, term.term, term.path, term=term,
                     description=French(openings[slug]) if is_french(term.definition) else openings[slug])
                for slug, term in guide.terms.items())
    return made
