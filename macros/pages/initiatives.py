"""The case studies' pages, and the initiatives index in pages of a bounded size (see initiatives_listing)."""
from typing import TYPE_CHECKING

from macros import addresses
from macros.pages.page import GeneratedPage, page, render

if TYPE_CHECKING:
    from macros.build import Build


def index_pages(build: "Build") -> list[GeneratedPage]:
    """The initiatives index: one page, or several when the guide has more case studies than a page lists."""
    words = build.messages
    return [page(build, "initiatives_index.md.j2", listed.src_uri,
                 words.text("initiatives.title") if listed.number == 1 else
                 words.text("initiatives.page_title", number=listed.number, count=listed.count),
                 "initiatives/", guide=build.guide, listing=listed, choices=build.views.filter_choices, views=build.views,
                 data_src=addresses.INITIATIVES_DATA, devices_src=addresses.DEVICES_DATA,
                 # Page 1 is the index readers search for; a result on page 17 is not.
                 search_exclude=listed.number > 1,
                 description=words.text("initiative.description"))
            for listed in build.views.listing]


def pages(build: "Build") -> list[GeneratedPage]:
    """One page per case study. A case study's page shows its own record and the steps and terms it
    names, never another case study: after an edit to case studies only (what contributors do under
    `make serve`), the pages of the others are the same as in the previous build and are not made again."""
    guide, kept = build.guide, build.incremental.reusable_initiative_pages(build)
    made = []
    for initiative in guide.initiatives:
        content = kept.get(initiative.src_uri) if initiative.path not in (guide.edited or ()) else None
        if content is None:
            content = render(build, "initiative.md.j2", initiative.src_uri, initiative=initiative,
                             description=initiative.lede)
        made.append(GeneratedPage(initiative.src_uri, initiative.title, content, initiative.path))
    build.incremental.keep_initiative_pages(build, made)
    return made
