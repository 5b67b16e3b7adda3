"""What several pages show of the whole guide, computed once per guide: the index's pages and its filter
choices (also needed by the filters' data scripts) and each term's opening sentence (glossary index,
term pages, tooltips)."""
from typing import TYPE_CHECKING
import functools

from macros.pages import initiatives_data, initiatives_filters, text
from macros.pages.catalogue import Catalogue
from macros.pages.initiatives_listing import ListingPage, check_no_collision, listing_pages

if TYPE_CHECKING:
    from macros.model.guide import Guide


class Views:
    def __init__(self, guide: "Guide", catalogue: Catalogue = None):
        self.guide = guide
        self.catalogue = catalogue or Catalogue()

    @functools.cached_property
    def listing(self) -> list[ListingPage]:
        """The initiatives index, in pages of a bounded size."""
        listing = listing_pages(self.guide.initiatives)
        check_no_collision(listing, self.guide.initiatives)
        return listing

    @functools.cached_property
    def filter_choices(self) -> initiatives_filters.FilterChoices:
        return initiatives_filters.filter_choices(self.guide)

    @functools.cached_property
    def steps_table(self) -> list[str]:
        return initiatives_data.steps_table(self.guide.initiatives)

    @functools.cached_property
    def step_places(self) -> dict[str, int]:
        return {key: index for index, key in enumerate(self.steps_table)}

    def record(self, initiative) -> dict:
        """The record of a case study, as the filters read it (see initiatives_data.record)."""
        return initiatives_data.record(initiative, self.step_places, self.catalogue.years(initiative))

    @functools.cached_property
    def openings(self) -> dict[str, str]:
        """slug -> the opening of its definition, as plain text."""
        return {slug: text.opening(term.definition) for slug, term in self.guide.terms.items()}
