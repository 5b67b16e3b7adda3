"""The choices offered by the filters of the initiatives index, taken from the case studies themselves."""
from typing import TYPE_CHECKING
import unicodedata
from dataclasses import dataclass
from datetime import date

if TYPE_CHECKING:
    from macros.model.guide import Guide


def french_order(value: str):
    """Sort key that files « Sénégal » between « Rwanda » and « Tunisie », as a French reader expects."""
    plain = unicodedata.normalize("NFD", value.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c)), value


@dataclass
class FilterChoices:
    countries: list          # country names
    domains: list            # Domain having at least one case study, in guide order
    steps: list              # (Domain, [Step]) having at least one case study, in guide order
    tags: list               # tags
    devices: list            # Term some case study names as a device it uses, in French order
    years: list              # years some case study was running, most recent first


def filter_choices(guide: "Guide", today=None) -> FilterChoices:
    initiatives = guide.initiatives
    used_steps = {step.key for initiative in initiatives for step in initiative.steps}
    steps = [(domain, [s for s in domain.steps if s.key in used_steps]) for domain in guide.domains]
    steps = [(domain, found) for domain, found in steps if found]
    # An initiative without an end year is still running: it counts for every year up to this one.
    this_year = (today or date.today()).year
    years = set()
    for initiative in initiatives:
        years.update(range(initiative.year_start, (initiative.year_end or max(this_year, initiative.year_start)) + 1))
    return FilterChoices(
        countries=sorted({i.country for i in initiatives}, key=french_order),
        domains=[domain for domain, _found in steps],
        steps=steps,
        tags=sorted({tag for i in initiatives for tag in i.tags}, key=french_order),
        devices=sorted({term.slug: term for i in initiatives for term in i.devices}.values(),
                       key=lambda term: french_order(term.term)),
        years=sorted(years, reverse=True))
