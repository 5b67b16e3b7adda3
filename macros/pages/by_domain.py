"""Pages that gather a part of every step (checklists, key questions): one page while the guide has one
domain, and once it has several, an index plus one page per domain, so that no page grows with the
number of domains (a large guide's « all checklists » page would otherwise weigh hundreds of KB)."""
from dataclasses import dataclass
from typing import Callable, TYPE_CHECKING

from macros import addresses
from macros.pages.page import GeneratedPage, page

if TYPE_CHECKING:
    from macros.build import Build
    from macros.model.guide import Guide


@dataclass
class Part:
    index: str            # src_uri of the page readers reach from the navigation, e.g. "checklists/index.md"
    folder: str           # where the per-domain pages go, e.g. "checklists"
    messages: str         # its section of the catalogue, with its « title » and « description »
    template: str
    index_template: str
    edit_path: str = "roadmap/"

    def src_uri(self, domain) -> str:
        return addresses.by_domain(self.folder, domain.slug)


def groups(guide: "Guide", has):
    """(domain, [steps]) for each domain with at least one step that has the wanted part."""
    found = []
    for domain in guide.domains:
        steps = [step for step in domain.steps if has(step)]
        if steps:
            found.append((domain, steps))
    return found


def part_pages(part: Part, build: "Build", has: Callable) -> list[GeneratedPage]:
    found = groups(build.guide, has)
    title = build.messages.text(f"{part.messages}.title")
    description = build.messages.text(f"{part.messages}.description")
    if len(found) <= 1:
        return [page(build, part.template, part.index, title, part.edit_path, groups=found, domain=None,
                     description=description)]
    made = [page(build, part.index_template, part.index, title, part.edit_path, groups=found, part=part,
                 description=description)]
    made.extend(page(build, part.template, part.src_uri(domain), (f"{title} · ", domain.title), domain.path,
                     groups=[(domain, steps)], domain=domain, index=part.index, description=description)
                for domain, steps in found)
    return made
