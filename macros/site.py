"""What the site engine asks of the guide: the checked model, its pages and its navigation.

Kept free of MkDocs imports so that another engine can call the same functions.
"""
from pathlib import Path

from .content import ReadCache, load_guide  # noqa: F401  (load_guide re-exported for check.py)
from .pages import for_theme, generated_pages
from . import initiatives_data, initiatives_filters

# Modules that register kinds of record or pages (see content.register_kind, pages.EXTRA_PAGES)
# are imported here, one line each, so that loading the guide knows them.
from . import aggregations  # noqa: F401,E402  « Questions clés » and « Boîtes à idées » pages
from . import assessment  # noqa: F401,E402  self-assessment questionnaires (assessments/*.yml)
from . import checklists_page  # noqa: F401,E402  the /checklists/ booklet
from . import decision_tree  # noqa: F401,E402  decision trees (decisions/*.yml) and /arbre-de-decision/
from . import downloads  # noqa: F401,E402  PDF booklets and offline copy, offered by the pages

_GUIDES = {}
_READ_CACHE = ReadCache()


def load_for(config_key, root: Path, again: bool = False):
    """Load the guide once per build (the hook loads it; the macros read it). `again`: a rebuild in the
    same process (`make serve`), which reads only the files edited since the last build."""
    guide = load_guide(root, cache=_READ_CACHE if again else None)
    guide.edited = _READ_CACHE.edited if again else None
    _GUIDES.clear()
    _GUIDES[config_key] = guide
    return guide


def guide_for(config_key):
    return _GUIDES[config_key]


def generated_files(guide) -> list:
    """(path, text) of the site files, other than pages, made from the records."""
    return initiatives_data.files(guide, initiatives_filters.filter_choices(guide))


def nav_with_domains(nav: list, guide, after: str = "introduction.md") -> list:
    """The hand-written navigation with one section per domain inserted after the given page."""
    sections = [{for_theme(domain.title): [domain.src_uri] +
                 [{for_theme(f"{step.number}. {step.title}"): step.src_uri} for step in domain.steps]}
                for domain in guide.domains]
    position = next((i + 1 for i, entry in enumerate(nav)
                     if after in (entry.values() if isinstance(entry, dict) else [entry])), len(nav))
    return nav[:position] + sections + nav[position:]


def nav_with_tools(nav: list, guide) -> list:
    """Where the navigation offers one decision tree or one self-assessment, and the guide has one per
    domain, the entry becomes a section where the reader chooses their domain."""
    for kind in ("decision-tree", "assessment"):
        tools = [tool for tool in guide.extras.get(kind, {}).values() if tool.domain is not None]
        if len(tools) < 2:
            continue
        tools.sort(key=lambda tool: tool.domain.number)
        choices = [{for_theme(f"{tool.domain.number}. {tool.domain.title}"): tool.src_uri} for tool in tools]
        uris = {tool.src_uri for tool in tools}
        nav = [_section(entry, choices) if _leads_to(entry, uris) else entry for entry in nav]
    return nav


def _leads_to(entry, uris) -> bool:
    """A navigation entry « label: page » whose page is one of these."""
    return isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), str) \
        and next(iter(entry.values())) in uris


def _section(entry, choices):
    return {next(iter(entry)): choices}


__all__ = ["load_for", "guide_for", "generated_pages", "generated_files", "nav_with_domains", "nav_with_tools"]
