"""Corrections to what the theme writes into every page.

With `navigation.indexes`, Material gives a section that has its own page an expand button with no text,
and names the section's <nav> after that button: every such section is then a landmark without a name
(axe: landmark-unique once the guide has several domains), and the button says nothing to a screen
reader. The button holds the section's title, read but not shown, which names its <nav> too.
"""
import re

_UNNAMED_TOGGLE = re.compile(
    r'(<span class="md-ellipsis">\s*([^<]*?)\s*</span>\s*</a>\s*'
    r'<label class="md-nav__link[^"]*" for="(__nav_[\d_]+)" id="\3_label" tabindex="[^"]*">)')


def named_sections(html: str) -> str:
    return _UNNAMED_TOGGLE.sub(r'\1<span class="gb-visually-hidden">\2</span>', html)
