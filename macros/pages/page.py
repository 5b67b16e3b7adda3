"""What a page maker hands the site engine, and the one way page makers render a template for a build."""
from typing import TYPE_CHECKING
from dataclasses import dataclass

if TYPE_CHECKING:
    from macros.build import Build


@dataclass
class GeneratedPage:
    src_uri: str          # where the page sits among the docs, e.g. "initiatives/x.md"
    title: str | tuple    # a tuple: the guide's words and a record's text, each marked apart (render.head_meta)
    content: str          # Markdown handed to the site engine (a PageText when rendered here)
    edit_path: str        # the YAML file a reader would edit to change this page

    @property
    def meta(self) -> dict:
        """What the adapter sets on the page: its title and description, whether search skips it."""
        return {**getattr(self.content, "meta", {}), "title": self.title}


def render(build: "Build", template: str, src_uri: str, **context) -> str:
    """A template rendered for the page at src_uri, with links in the build's URL style and what the
    build made for readers to take away (a step's PDF, the case studies' collections)."""
    return build.templates.render(template, src_uri, build.links, step_download=build.downloads.for_step,
                                  collection_downloads=build.downloads.for_collections, **context)


def page(build: "Build", template: str, src_uri: str, title: str, edit_path: str, **context) -> GeneratedPage:
    return GeneratedPage(src_uri, title, render(build, template, src_uri, **context), edit_path)
