"""No page of the site asks anything of another host: every page loaded in Chromium, the search opened."""
import re
from urllib.parse import urlsplit


def site_pages(built_site):
    """Every page of the built site, by its address under the site (from the sitemap MkDocs writes)."""
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    paths = sorted({urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)})
    assert len(paths) > 20, paths
    return paths


def foreign(requests, origin):
    """Requests that leave the site: any scheme but data:/blob:, any other host or port."""
    out = []
    for url in requests:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob"):
            continue
        if f"{parts.scheme}://{parts.netloc}" != origin:
            out.append(url)
    return out


def test_no_page_requests_another_host(built_site, site_url, browser):
    context = browser.new_context(locale="fr-FR")
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    problems = {}
    for path in site_pages(built_site):
        requests.clear()
        page.goto(site_url + path, wait_until="networkidle")
        leaving = foreign(requests, site_url)
        if leaving:
            problems[path] = leaving
    context.close()
    assert problems == {}


def test_searching_requests_nothing_from_another_host(site_url, browser):
    """The search worker, its language files and the index come from the site too."""
    context = browser.new_context(locale="fr-FR")
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(site_url + "/glossaire/", wait_until="networkidle")
    page.locator("input[name=query]").click()
    page.keyboard.type("incubateur", delay=30)
    page.locator(".md-search-result__item").first.wait_for()
    assert any(url.endswith("/search/search_index.json") for url in requests)
    assert foreign(requests, site_url) == []
    context.close()


def test_pages_name_no_other_host_for_fonts_scripts_or_styles(built_site):
    """The HTML itself: no web font service, no script, style or image from elsewhere."""
    found = {}
    for html in built_site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        bad = re.findall(r'<(?:script|img|iframe|source)\b[^>]*\bsrc="(?:https?:)?//[^"]*"', text)
        bad += re.findall(r'<link\b[^>]*\bhref="(?:https?:)?//[^"]*"[^>]*>', text)
        bad = [tag for tag in bad if 'rel="canonical"' not in tag and "rel=canonical" not in tag]
        if bad:
            found[html.relative_to(built_site).as_posix()] = bad
    assert found == {}
