"""The scripts that give the filters of a paginated initiatives index what the page does not hold:
every case study (one compact record each), and the devices to choose from.

Scripts that set a global rather than JSON to fetch: the offline copy is opened from files (file://),
where fetch and XMLHttpRequest fail but a <script src> loads. initiatives-data.js adds the list of
case studies only once a reader filters (or arrives with a filter in the address); the devices, a select
of hundreds of options in a large guide, as soon as the form is shown: one file for every page, kept
in the browser's cache. Records hold contributor text, which the script only ever sets as text.
"""
from typing import TYPE_CHECKING
import json

from macros import addresses
from macros.pages.render import french_fields
from macros.reading.overlays import is_french

if TYPE_CHECKING:
    from macros.build import Build


def steps_table(initiatives: list) -> list[str]:
    """The keys of the steps case studies name: a record names its steps by their place in this table
    (keys are long, and case studies share a few dozen)."""
    return sorted({step.key for initiative in initiatives for step in initiative.steps})


def record(initiative, place: dict, years: str) -> dict:
    """A case study as the filters read it, written here only: on each card of a one-page index, and in
    the list of every case study of a paginated one. It names its page by its slug, its steps by their
    place in the steps table (`place`: key -> place); its domains are those of its steps. `years`: when
    it ran, in the build's language."""
    made = {
        "t": initiative.title,
        "u": initiative.slug,
        "p": f"{initiative.city}, {initiative.country} · {years}",
        "c": initiative.country,
        "y": [initiative.year_start, initiative.year_end],
        "s": [place[step.key] for step in initiative.steps],
        "k": list(initiative.tags),
        "v": [term.slug for term in initiative.devices],
    }
    # A card made by the script shows the title and the place: "p" names the place before « · », the
    # city and the country, marked as one when either is still French.
    return french_fields(made, t=initiative.title, p=[initiative.city, initiative.country])


def complete_list(views, links) -> dict:
    """{"address", "steps", "items"}: every case study's record; "address" is the address of a case
    study's page with « slug » in place of the record's."""
    # "slug/" (or "slug.html" with use_directory_urls: false), relative to page 1, as this script is;
    # the offline copy names "slug/index.html" (outputs/offline.py).
    address = links.href(addresses.INITIATIVES, addresses.initiative("slug"))
    return {"address": address, "steps": views.steps_table,
            "items": [views.record(initiative) for initiative in views.guide.initiatives]}


def devices(terms) -> list:
    """[slug, name] of each device; [slug, name, "fr"] when its name is still French (its option is marked)."""
    return [[term.slug, term.term, "fr"] if is_french(term.term) else [term.slug, term.term] for term in terms]


def script(name: str, value) -> str:
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # U+2028/U+2029 end a line in older JavaScript parsers, inside a string too.
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.{name}={data};\n"


def files(build: "Build") -> list[tuple[str, str]]:
    """(path, text) of the two scripts; none for an index of one page, whose filters read its cards."""
    if len(build.views.listing) == 1:
        return []
    return [(addresses.INITIATIVES_DATA, script("gbInitiatives", complete_list(build.views, build.links))),
            (addresses.DEVICES_DATA, script("gbDevices", devices(build.views.filter_choices.devices)))]
