"""Corrections to the theme's templates, made once when a template is read (nothing done per page).

With `navigation.indexes`, Material gives a section that has its own page an expand button with no text,
and names the section's <nav> after that button: every such section is then a landmark without a name
(axe: landmark-unique once the guide has several domains), and the button says nothing to a screen
reader. The button holds the section's title, read but not shown, which names its <nav> too.
"""
import re

_UNNAMED_TOGGLE = re.compile(
    r'(id="\{\{ path \}\}_label" tabindex="\{\{ tabindex \}\}">)(\s*<span class="md-nav__icon md-icon"></span>\s*</label>)')
_FIXES = {
    "partials/nav-item.html": lambda source: _UNNAMED_TOGGLE.sub(
        r'\1<span class="gb-visually-hidden">{{ nav_item.title }}</span>\2', source),
}


def fixed(template: str, source: str) -> str:
    """The template's source as the site uses it. Should Material change the markup, the pattern no
    longer matches and the accessibility tests (axe, landmark-unique) say so."""
    fix = _FIXES.get(template)
    return fix(source) if fix else source
