"""The script that gives the filters of a paginated initiatives index every case study, not only the
page's slice: one compact record per case study, set as a global (window.gbInitiatives).

A script rather than JSON to fetch: the offline copy is opened from files (file://), where fetch and
XMLHttpRequest fail but a <script src> loads. initiatives-filter.js adds the script only when a reader
filters, or arrives with a filter in the address. Records hold contributor text, which the script only
ever sets as text (textContent), never as HTML.
"""
import json

from . import initiatives_pages, links

SRC = "initiatives/liste-complete.js"     # beside page 1: record addresses are relative to both
GLOBAL = "gbInitiatives"


def record(initiative) -> dict:
    # Short keys: 2,000 records are read by every reader who filters.
    return {
        "t": initiative.title,
        "u": links.href(initiatives_pages.FIRST, initiative.src_uri),
        "p": f"{initiative.city}, {initiative.country} · {initiative.years}",
        "c": initiative.country,
        "y": [initiative.year_start, initiative.year_end],
        "s": [step.key for step in initiative.steps],
        "d": sorted({step.domain.slug for step in initiative.steps}),
        "k": list(initiative.tags),
        "v": [term.slug for term in initiative.devices],
    }


def script(initiatives) -> str:
    data = json.dumps([record(i) for i in initiatives], ensure_ascii=False, separators=(",", ":"))
    # U+2028/U+2029 end a line in older JavaScript parsers, inside a string too.
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.{GLOBAL}={data};\n"
