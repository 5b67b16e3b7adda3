"""The site's navigation: the hand-written menu of mkdocs.yml with the guide's domains and tools put in.
Its labels are HTML (render.theme_label): in the English edition, a title still French is marked so, in
the menu, the breadcrumb and the footer's previous and next links alike."""
from typing import TYPE_CHECKING

from macros.pages.render import theme_label

if TYPE_CHECKING:
    from macros.model.guide import Guide


def nav_with_domains(nav: list, guide: "Guide", after: str = "introduction.md") -> list:
    """The hand-written navigation with one section per domain inserted after the given page."""
    sections = [{theme_label(domain.title): [domain.src_uri] +
                 [{theme_label(f"{step.number}. ", step.title): step.src_uri} for step in domain.steps]}
                for domain in guide.domains]
    position = next((i + 1 for i, entry in enumerate(nav)
                     if after in (entry.values() if isinstance(entry, dict) else [entry])), len(nav))
    return nav[:position] + sections + nav[position:]


def nav_with_tools(nav: list, guide: "Guide") -> list:
    """Where the navigation offers one decision tree or one self-assessment, and the guide has one per
    domain, the entry becomes a section where the reader chooses their domain."""
    for found in (guide.decision_trees, guide.assessments):
        tools = [tool for tool in found.values() if tool.domain is not None]
        if len(tools) < 2:
            continue
        tools.sort(key=lambda tool: tool.domain.number)
        choices = [{theme_label(f"{tool.domain.number}. ", tool.domain.title): tool.src_uri} for tool in tools]
        uris = {tool.src_uri for tool in tools}
        nav = [_section(entry, choices) if _leads_to(entry, uris) else entry for entry in nav]
    return nav


def _leads_to(entry, uris) -> bool:
    """A navigation entry « label: page » whose page is one of these."""
    return isinstance(entry, dict) and len(entry) == 1 and isinstance(next(iter(entry.values())), str) \
        and next(iter(entry.values())) in uris


def _section(entry, choices):
    return {next(iter(entry)): choices}

