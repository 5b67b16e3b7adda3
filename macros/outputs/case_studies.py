"""The case studies in print: collections of bounded size, one per domain, split when a domain's would
run past a few hundred pages.

A guide of a thousand case studies would make a PDF of three or four thousand pages that nobody prints
and that WeasyPrint holds whole in memory while laying it out (2.7 GB at 1,000 case studies). A
collection is bounded before anything is laid out, from the length of its text, so that the memory of
one layout never grows with the guide.
"""
import math
import os
from dataclasses import dataclass, field

from macros.model.roadmap import main_domain

# About as many pages as a reader would still print and bind; GUIDE_COLLECTION_PAGES changes it (the
# tests split a small guide with a small bound).
DEFAULT_PAGES = 300
# Characters of a case study's text per printed page (booklet.css, A4, 10 pt), measured on the real
# case studies: 4,000 to 5,700 characters make 2 pages, 5,900 to 6,100 make 3.
CHARACTERS_PER_PAGE = 2950
# What a case study prints besides its text: title, facts, the headings, each step named and each source.
OVERHEAD, PER_STEP, PER_SOURCE = 400, 60, 40
ENTRIES_PER_CONTENTS_PAGE = 35


@dataclass
class Collection:
    domain: object                     # Domain
    part: int                          # 1, 2… within the domain; 0 when the domain has a single one
    parts: int
    initiatives: list = field(default_factory=list)
    estimated_pages: int = 0


def bound() -> int:
    value = os.environ.get("GUIDE_COLLECTION_PAGES", "")
    return max(1, int(value)) if value.strip().isdigit() else DEFAULT_PAGES


def domain_of(initiative):
    """A case study is filed under the domain of its steps (most of them; its first step's on a tie)."""
    return main_domain(initiative.steps)


def estimated_pages(initiative) -> int:
    """Pages a case study takes, from its text alone: each starts on a new page, so a page begun counts."""
    characters = (len(initiative.lede) + len(initiative.body) + len(initiative.results or "")
                  + sum(len(point) for point in initiative.key_points)
                  + sum(len(source.title) + len(source.url) + PER_SOURCE for source in initiative.sources)
                  + PER_STEP * len(initiative.steps) + OVERHEAD)
    return max(1, math.ceil(characters / CHARACTERS_PER_PAGE))


def collections(guide, pages: int = None) -> list:
    """The collections of the guide's case studies: domain by domain, in title order, each of about
    `pages` pages at most (cover and contents included)."""
    pages = pages or bound()
    by_domain = {}
    for initiative in guide.initiatives:
        by_domain.setdefault(domain_of(initiative).slug, []).append(initiative)
    made = []
    for domain in guide.domains:
        initiatives = by_domain.get(domain.slug, [])
        if initiatives:
            made.extend(_split(domain, initiatives, pages))
    return made


def _split(domain, initiatives, pages) -> list:
    """Consecutive parts of about equal size, as few as keep each within `pages` by the estimate (a
    single case study longer than that makes a part of its own)."""
    sizes = [estimated_pages(initiative) for initiative in initiatives]
    count = max(1, math.ceil((sum(sizes) + _front_pages(len(initiatives))) / pages))
    while True:
        parts = [part for part in _parts(sizes, count) if part]
        if count >= len(sizes) or all(_size(part, sizes) <= pages for part in parts):
            break
        count += 1
    return [Collection(domain, number if len(parts) > 1 else 0, len(parts), [initiatives[i] for i in part],
                       _size(part, sizes)) for number, part in enumerate(parts, 1)]


def _parts(sizes: list, count: int) -> list:
    """Indexes of the case studies in each of `count` parts: each goes to the part its middle falls in,
    so that no part is left with a short tail. A long case study can leave a part empty."""
    parts, done, total = [[] for _ in range(count)], 0, sum(sizes)
    for index, size in enumerate(sizes):
        parts[min(count - 1, int((done + size / 2) * count / total))].append(index)
        done += size
    return parts


def _size(part: list, sizes: list) -> int:
    return sum(sizes[index] for index in part) + _front_pages(len(part))


def _front_pages(count: int) -> int:
    """The cover, then the contents."""
    return 1 + math.ceil(count / ENTRIES_PER_CONTENTS_PAGE)
