"""The initiatives index in pages: a slice of the case studies per page, so that no listing page grows
with the guide. Page 1 stays at initiatives/ (where every link points); the others are
initiatives/page/2/, initiatives/page/3/… Filters reach the case studies of every page through
initiatives_data (a script with one small record per case study).
"""
from dataclasses import dataclass
from typing import Optional

from macros.addresses import initiatives_page as page_uri
# About 0.8 KB of HTML per card (title, place, lede with glossary links): 60 cards and the page around
# them stay near half of the 100 KB a page may weigh. A guide of up to 60 case studies has one page.
PAGE_SIZE = 60


@dataclass
class Link:
    number: int
    src_uri: str


@dataclass
class ListingPage:
    number: int
    count: int                 # how many pages the index has
    src_uri: str
    initiatives: list          # this page's slice, in the guide's order
    first: int                 # rank (from 1) of its first case study in the whole list
    total: int                 # case studies in the guide

    @property
    def last(self) -> int:
        return self.first + len(self.initiatives) - 1

    @property
    def previous(self) -> Optional[Link]:
        return Link(self.number - 1, page_uri(self.number - 1)) if self.number > 1 else None

    @property
    def next(self) -> Optional[Link]:
        return Link(self.number + 1, page_uri(self.number + 1)) if self.number < self.count else None

    def links(self, around: int = 2) -> list:
        """The numbered links of the page nav: first, last and a few around this page; None marks a gap.
        With hundreds of pages the nav keeps a dozen links."""
        keep = {1, self.count, *range(self.number - around, self.number + around + 1)}
        shown, previous = [], 0
        for number in sorted(n for n in keep if 1 <= n <= self.count):
            if number > previous + 1:
                shown.append(None)
            shown.append(Link(number, page_uri(number)))
            previous = number
        return shown


def listing_pages(initiatives: list, page_size: int = None) -> list:
    """The index's pages, in order; a single page (initiatives/) for a guide of up to page_size case
    studies, and for none."""
    size = page_size or PAGE_SIZE
    count = max(1, -(-len(initiatives) // size))
    return [ListingPage(number, count, page_uri(number), initiatives[(number - 1) * size:number * size],
                        (number - 1) * size + 1, len(initiatives))
            for number in range(1, count + 1)]


def check_no_collision(listing: list, initiatives: list):
    """The scheme above makes a collision impossible; this says so loudly if the scheme ever changes."""
    taken = {initiative.src_uri for initiative in initiatives}
    clash = [page.src_uri for page in listing if page.src_uri in taken]
    if clash:
        raise ValueError(f"page de l'index des initiatives à la même adresse qu'une initiative : {clash}")
