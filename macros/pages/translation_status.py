"""The translation status page (/traductions/): for maintainers, where the English edition stands.

Every record and hand-written page that has no English yet, or whose English was made from an older
French text, with the file and line to edit: the same report as `make translations`, read on the site
by those who review pull requests. Out of the navigation; a guide without en/ has no such page.
"""
from typing import TYPE_CHECKING

from macros import addresses
from macros.pages.page import page
from macros.reading import translations

if TYPE_CHECKING:
    from macros.build import Build


def pages(build: "Build") -> list:
    if not (build.root / translations.FOLDER).is_dir():
        return []
    report = translations.check(build.root)
    return [page(build, "translation_status.md.j2", addresses.TRANSLATIONS,
                 build.messages.text("translations.title"), translations.FOLDER + "/", report=report)]
