"""Pages that gather a part of every step (checklists, key questions): one page while the guide has one
domain, and once it has several, an index plus one page per domain, so that no page grows with the
number of domains (a large guide's « all checklists » page would otherwise weigh hundreds of KB)."""
from dataclasses import dataclass

from . import pages


@dataclass
class Part:
    index: str            # src_uri of the page readers reach from the navigation, e.g. "checklists/index.md"
    folder: str           # where the per-domain pages go, e.g. "checklists"
    title: str
    template: str
    index_template: str
    edit_path: str = "roadmap/"

    def src_uri(self, domain) -> str:
        return f"{self.folder}/{domain.slug}.md"


def groups(guide, has):
    """(domain, [steps]) for each domain with at least one step that has the wanted part."""
    found = []
    for domain in guide.domains:
        steps = [step for step in domain.steps if has(step)]
        if steps:
            found.append((domain, steps))
    return found


def part_pages(part: Part, guide, has, description: str, **context):
    found = groups(guide, has)
    if len(found) <= 1:
        return [pages.GeneratedPage(part.index, part.title, pages.render(
            part.template, part.index, groups=found, domain=None, description=description, **context),
            part.edit_path)]
    made = [pages.GeneratedPage(part.index, part.title, pages.render(
        part.index_template, part.index, groups=found, part=part, description=description, **context),
        part.edit_path)]
    for domain, steps in found:
        src_uri = part.src_uri(domain)
        made.append(pages.GeneratedPage(src_uri, f"{part.title} · {domain.title}", pages.render(
            part.template, src_uri, groups=[(domain, steps)], domain=domain, index=part.index,
            description=description, **context), domain.path))
    return made
