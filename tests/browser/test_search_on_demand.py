"""The search index, the heaviest file of the site, is loaded only for a reader who opens the search (or
who arrives from a search result), in Chromium."""
import re

from playwright.sync_api import expect

STEP = "developpement-economique/feuille-de-route"


def test_search_index_is_loaded_only_when_the_reader_opens_the_search(site_url, page):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site_url}/{STEP}/", wait_until="networkidle")
    page.wait_for_timeout(300)
    assert not [url for url in requests if "search_index" in url]
    page.locator("input[name=query]").click()
    page.keyboard.type("tiers-lieu", delay=30)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    assert [url for url in requests if url.endswith("/search/search_index.json")]
    assert page.errors == []


def test_search_index_is_loaded_at_once_for_a_page_opened_from_a_search_result(site_url, page):
    with page.expect_request(re.compile(r"/search/search_index\.json$")):
        page.goto(f"{site_url}/{STEP}/?h=incubateur")
    expect(page.locator("article mark").first).to_be_visible()
