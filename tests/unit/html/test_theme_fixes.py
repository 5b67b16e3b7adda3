"""The theme's expand button of a section gets the section's title, read but not shown."""
from macros.html.theme_fixes import fixed

BUTTON = ('<label class="md-nav__link" for="{{ path }}" id="{{ path }}_label" tabindex="{{ tabindex }}">\n'
          '  <span class="md-nav__icon md-icon"></span>\n</label>')


def test_the_section_toggle_is_named_by_the_section_title():
    assert fixed("partials/nav-item.html", BUTTON) == (
        '<label class="md-nav__link" for="{{ path }}" id="{{ path }}_label" tabindex="{{ tabindex }}">'
        '<span class="gb-visually-hidden">{{ nav_item.title }}</span>\n'
        '  <span class="md-nav__icon md-icon"></span>\n</label>')


def test_other_templates_are_left_as_they_are():
    assert fixed("partials/footer.html", BUTTON) == BUTTON
