"""Links to other sites in the hand-written pages get rel="noopener", as contributor links do (nh3)."""
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

REL = ("noopener", "noreferrer")


def is_external(href: str) -> bool:
    return href.lower().startswith(("http://", "https://", "//"))


class _ExternalLinks(Treeprocessor):
    def run(self, root):
        for link in root.iter("a"):
            if is_external(link.get("href", "")):
                rel = link.get("rel", "").split()
                link.set("rel", " ".join(rel + [r for r in REL if r not in rel]))


class ExternalLinks(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(_ExternalLinks(md), "gb_external_links", 0)
