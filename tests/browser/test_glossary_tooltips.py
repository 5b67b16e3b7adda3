"""Glossary tooltips in a real browser: keyboard focus, hover, Escape, screen-reader description."""
import yaml
from playwright.sync_api import expect

from conftest import ROOT
from macros.pages.text import opening as tooltip_text

STEP = "/developpement-economique/feuille-de-route/"


def definition(slug):
    data = yaml.safe_load((ROOT / "glossary" / f"{slug}.yml").read_text(encoding="utf-8"))
    return tooltip_text(data["definition"])


def first_term(page):
    link = page.locator("article .gb-gloss__link").first
    slug = link.get_attribute("href").rstrip("/").split("/")[-1]
    return link, page.locator(f"#gb-gloss-{slug}"), slug


def tab_to(page, selector, limit=300):
    """Press Tab, as a keyboard user does, until the element has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement === document.querySelector(s)", selector):
            return
    raise AssertionError(f"{selector} jamais atteint à la touche Tab")


def test_tooltip_shows_on_keyboard_focus_and_escape_hides_it(page, site_url):
    page.goto(site_url + STEP)
    link, tip, slug = first_term(page)
    expect(tip).to_be_hidden()
    tab_to(page, f'article .gb-gloss__link[href$="/{slug}/"]')
    expect(tip).to_be_visible()
    expect(tip).to_have_text(definition(slug))
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    expect(link).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    expect(link).to_be_focused()
    expect(tip).to_be_visible()
    assert page.errors == []


def test_tooltip_shows_on_hover_stays_while_pointing_at_it_and_escape_hides_it(page, site_url):
    page.goto(site_url + STEP)
    link, tip, _slug = first_term(page)
    link.hover()
    expect(tip).to_be_visible()
    # The pointer slides down from the term onto the tooltip, as a hand does: it must stay open all along.
    start, end = link.bounding_box(), tip.bounding_box()
    x = start["x"] + min(start["width"], end["width"]) / 2
    for step in range(1, 11):
        page.mouse.move(x, start["y"] + start["height"] / 2 + step * (end["height"] / 2 + start["height"] / 2) / 10)
        assert tip.is_visible(), f"infobulle fermée en route vers elle (pas {step})"
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    page.mouse.move(0, 0)
    link.hover()
    expect(tip).to_be_visible()


def test_link_is_described_by_the_definition_for_screen_readers(page, site_url):
    page.goto(site_url + STEP)
    link, _tip, slug = first_term(page)
    expect(link).to_have_accessible_description(definition(slug))
    link.click()
    page.wait_for_url(f"**/glossaire/{slug}/")
    term = yaml.safe_load((ROOT / "glossary" / f"{slug}.yml").read_text(encoding="utf-8"))["term"]
    expect(page.locator("article h1")).to_have_text(term)


def test_tooltip_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + STEP)
    link, tip, _slug = first_term(page)
    expect(tip).to_be_hidden()
    link.hover()
    expect(tip).to_be_visible()
    page.mouse.move(0, 0)
    link.focus()
    expect(tip).to_be_visible()
    context.close()
