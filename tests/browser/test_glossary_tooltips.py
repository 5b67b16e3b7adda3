"""Glossary tooltips in a real browser: keyboard focus, hover, Escape, screen-reader description."""
from playwright.sync_api import expect

STEP = "/developpement-economique/feuille-de-route/"
# What a reader reads in the tooltip: the opening sentence of the term's definition (glossary/<slug>.yml),
# written out here as it reads.
TOOLTIPS = {
    "incubateur": "Structure qui aide des porteurs de projet à transformer une idée en entreprise, ou qui "
                  "soutient une société dans ses tout premiers mois.",
    "tiers-lieu": "Lieu de vie collective qui n'est ni le domicile (le « premier lieu ») ni le lieu de travail "
                  "(le « deuxième »), où des habitants se retrouvent pour se rencontrer, discuter sans formalité "
                  "et monter des projets ensemble.",
}


def term(page, slug):
    """The link of a term in the step's article, and its tooltip."""
    link = page.locator(f'article .gb-gloss__link[href$="/glossaire/{slug}/"]').first
    return link, page.locator(f"#gb-gloss-{slug}")


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
    link, tip = term(page, "incubateur")
    expect(tip).to_be_hidden()
    tab_to(page, 'article .gb-gloss__link[href$="/glossaire/incubateur/"]')
    expect(tip).to_be_visible()
    expect(tip).to_have_text(TOOLTIPS["incubateur"])
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
    link, _tip = term(page, "tiers-lieu")
    expect(link).to_have_accessible_description(TOOLTIPS["tiers-lieu"])
    link.click()
    page.wait_for_url("**/glossaire/tiers-lieu/")
    expect(page.locator("article h1")).to_have_text("Tiers-lieu")


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
