"""What WeasyPrint alone costs a page: the floor under the build's PDF booklets.

Times are wall-clock (what a build waits for) and CPU (what another busy process on the machine does not
inflate). The HTML of real booklets is rendered first (the list of all the checklists, the guide, and
collections of case studies of about the given numbers of pages, made of the guide's case studies
repeated); each is then laid out and written in a fresh process of its own, which reports its time and
its peak memory. A build with the PDFs can be compared with it: its PDF share is about its pages times
the ms/page here, divided by the cores.

    python -m benchmarks.weasyprint_floor [--sizes 100,300] [--root .]
"""
import argparse
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = {"name": "Le numérique au service des collectivités locales", "description": "", "url": "https://guide.exemple.org/"}


def measure_one(html_file: Path, docs: Path) -> dict:
    """In this process: lay one booklet out and write it (to a temporary file), timed apart."""
    sys.path.insert(0, str(ROOT))
    from macros.outputs import layout
    started = time.perf_counter()
    weasyprint = layout.weasyprint_module()
    imported, imported_mb = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu_from = time.process_time()
    document = weasyprint.HTML(string=html_file.read_text(encoding="utf-8"), base_url=f"{docs}/").render(
        stylesheets=[layout._loaded["stylesheet"]], font_config=layout._loaded["fonts"])
    laid_out, cpu_at = time.perf_counter(), time.process_time()
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        document.write_pdf(pdf.name)
        size = Path(pdf.name).stat().st_size
    written, cpu_to = time.perf_counter(), time.process_time()
    return {"pages": len(document.pages), "import_s": imported - started, "layout_s": laid_out - imported,
            "write_s": written - laid_out, "bytes": size, "imported_mb": imported_mb,
            "cpu_s": cpu_to - cpu_from,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def booklets_to_measure(root: Path, sizes: list) -> list:
    """(name, HTML) of the booklets measured: two of the guide as it is, and collections of about each size."""
    sys.path.insert(0, str(ROOT))
    from macros.kinds import load_guide
    from macros.outputs import booklets, case_studies
    guide = load_guide(root)
    made = {b.path: b for b in booklets.booklets(guide)}
    found = [(name, booklets.render_html(made[path], guide, SITE)) for name, path in
             [("toutes les listes", "telechargements/toutes-les-listes.pdf"),
              ("guide complet", "telechargements/guide-complet.pdf")]]
    every = guide.initiatives
    pages_each = sum(case_studies.estimated_pages(i) for i in every) / len(every)
    domain = guide.domains[0]
    for size in sizes:
        count = max(1, round(size / pages_each))
        chosen = (every * math.ceil(count / len(every)))[:count]
        collection = case_studies.Collection(domain, 0, 1, chosen)
        booklet = booklets.Booklet("recueil.pdf", f"Recueil de {count} études de cas", f"{count} études de cas.",
                                   "case_studies.html.j2", {"collection": collection})
        found.append((f"recueil de {count} études de cas", booklets.render_html(booklet, guide, SITE)))
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description="Temps de WeasyPrint par page, seul (le plancher des PDF).")
    parser.add_argument("--sizes", default="100,300", help="pages visées des recueils d'études de cas")
    parser.add_argument("--root", type=Path, default=ROOT, help="le guide dont les livrets sont mesurés")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure_one(args.one, args.root / "docs")))
        return
    print("| livret | pages | mise en page | écriture du PDF | ms/page | ms/page (CPU) | mémoire max | dont par page |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, html in booklets_to_measure(args.root, [int(s) for s in args.sizes.split(",")]):
            source = Path(folder) / "livret.html"
            source.write_text(html, encoding="utf-8")
            result = subprocess.run([sys.executable, "-m", "benchmarks.weasyprint_floor", "--root", str(args.root),
                                     "--one", str(source)], cwd=ROOT, capture_output=True, text=True, check=True)
            r = json.loads(result.stdout)
            per_page = 1000 * (r["layout_s"] + r["write_s"]) / r["pages"]
            print(f"| {name} | {r['pages']} | {r['layout_s']:.1f} s | {r['write_s']:.1f} s | {per_page:.0f} | "
                  f"{1000 * r['cpu_s'] / r['pages']:.0f} | "
                  f"{r['peak_mb']:.0f} Mo | {(r['peak_mb'] - r['imported_mb']) / r['pages']:.2f} Mo |", flush=True)


if __name__ == "__main__":
    main()
