"""What a reader downloads: page weight on a cold and a warm cache, the search index, and Lighthouse scores.

Serves a built site on 127.0.0.1 the way a web server would (text compressed with gzip), loads the home
page, a step, an initiative, the glossary and the decision tree, and their English twins under en/, in
Debian's Chromium, each on a cold cache, and prints for each page: requests, bytes transferred, the page's own HTML (what a further visit costs
once the assets are cached), and whether the search index was loaded. Then Lighthouse (mobile preset).

    python -m benchmarks.web [SITE_DIR] [--no-lighthouse] [--runs 3]

Lighthouse's scores move from run to run (more so on a busy machine): each page is measured --runs times
and the median of each score is printed, as Lighthouse's authors advise.

Budget (from the issue): a cold first visit to a step page ≤ 150 KB compressed; a further page ≤ 15 KB.
"""
import argparse
import functools
import gzip
import http.server
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = [  # (label, path under the site, required)
    ("Accueil", "", True),
    ("Étape", "developpement-economique/feuille-de-route/", True),
    ("Initiative", "initiatives/datacity-casablanca/", True),
    ("Glossaire", "glossaire/", True),
    ("Arbre de décision", "arbre-de-decision/", False),
]
# The English edition's twins of the same pages (en/, same addresses), when the site has it.
PAGES += [(f"{label} (en)", f"en/{path}", False) for label, path, _required in PAGES]
STEP_PAGES = {"Étape", "Étape (en)"}
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}
FIRST_VISIT_BUDGET = 150 * 1024
FURTHER_PAGE_BUDGET = 15 * 1024
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text compressed as a production server would send it (gzip, level 6)."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()
            path = path / "index.html"
        if (path.suffix not in COMPRESSED or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


def serve(site: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def cold_visit(browser, url):
    """Requests and transferred bytes of one page on an empty cache, worker requests included."""
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)
    rows = []
    for request in finished:
        sizes = request.sizes()
        rows.append((request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"]))
    context.close()
    return rows


def lighthouse(url, out_dir: Path):
    binary = ROOT / "node_modules" / ".bin" / "lighthouse"
    report = out_dir / "lighthouse.json"
    flags = "--headless=new " + " ".join(CHROMIUM_ARGS)
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    result = subprocess.run([str(binary), url, "--quiet", "--output=json", f"--output-path={report}",
                             f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}"],
                            capture_output=True, text=True, env=env, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"Lighthouse a échoué sur {url} :\n{result.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    failing = [ref["id"] for name in CATEGORIES for ref in data["categories"][name]["auditRefs"]
               if ref["weight"] and (data["audits"][ref["id"]]["score"] or 0) < 1]
    return {name: data["categories"][name]["score"] for name in CATEGORIES}, failing


def kb(size: int) -> str:
    return f"{size / 1024:.1f} Ko"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default=str(ROOT / "site"))
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    site = Path(args.site)
    if not (site / "index.html").is_file():
        raise SystemExit(f"{site}/index.html manque : lancez d'abord `make build`")
    pages = [(label, path) for label, path, required in PAGES if required or (site / path / "index.html").is_file()]
    for folder in ("", "en/"):
        index = site / folder / "search" / "search_index.json"
        if index.is_file():
            print(f"Index de recherche {folder or 'fr/'}: {kb(index.stat().st_size)} brut, "
                  f"{kb(gzip_size(index))} compressé")
    server, base = serve(site)
    over_budget = []
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        print(f"\n{'Page':<24}{'requêtes':>9}{'1re visite':>13}{'HTML seul':>12}  index chargé")
        for label, path in pages:
            rows = cold_visit(browser, base + path)
            total = sum(size for _url, size in rows)
            html = gzip_size(site / path / "index.html")
            loaded = any("search_index" in url for url, _size in rows)
            print(f"{label:<24}{len(rows):>9}{kb(total):>13}{kb(html):>12}  {'oui' if loaded else 'non'}")
            if label in STEP_PAGES and total > FIRST_VISIT_BUDGET:
                over_budget.append(f"1re visite d'une étape : {kb(total)} > {kb(FIRST_VISIT_BUDGET)}")
            if html > FURTHER_PAGE_BUDGET:
                over_budget.append(f"page suivante « {label} » : {kb(html)} > {kb(FURTHER_PAGE_BUDGET)}")
            if os.environ.get("BENCH_VERBOSE"):
                for url, size in rows:
                    print(f"    {kb(size):>10}  {url[len(base) - 1:]}")
        browser.close()
    if not args.no_lighthouse:
        print(f"\nLighthouse (préréglage mobile, médiane de {args.runs} mesures) : {' / '.join(CATEGORIES)}")
        with tempfile.TemporaryDirectory() as tmp:
            for label, path in pages:
                runs = [lighthouse(base + path, Path(tmp)) for _ in range(args.runs)]
                scores = {name: statistics.median(run[0][name] for run in runs) for name in CATEGORIES}
                failing = sorted({audit for run in runs for audit in run[1]})
                line = " / ".join(f"{scores[name]:.2f}" for name in CATEGORIES)
                print(f"{label:<24}{line}" + (f"   en dessous de 1 : {', '.join(failing)}" if failing else ""))
    server.shutdown()
    print("\nBudget : " + ("respecté" if not over_budget else "dépassé — " + " ; ".join(over_budget)))
    return 1 if over_budget else 0


if __name__ == "__main__":
    sys.exit(main())
