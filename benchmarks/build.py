"""`make bench-build`: what building the guide costs as it grows, against bare MkDocs Material.

For each N and each corpus — synthetic (N initiatives, N/4 terms, 24 steps, text drawn at random) and
real (the guide with copies of its real case studies up to N, denser in glossary terms and devices) —
the guide built by the project, and the same final Markdown built by bare MkDocs Material (the floor,
see bare.py); each measurement is run 3 times or more (see passes_for) and the median is printed. The
ratio is the median of the passes' own ratios (the project's build and the bare one, run one after the
other, in turn one first), with the quartiles. Then one full build (`make build`: PDFs, spreadsheets,
offline copy) of the real corpus, with an empty booklet cache then with the cache it filled: its time,
the peak memory of all its processes together, and the size of each download.

    python -m benchmarks.build [--sizes 100,500,1000,2000] [--runs 3] [--corpus synthétique,réel]
                               [--no-full] [--keep DOSSIER]

Times are wall-clock seconds of the whole command (Python start-up included); "CPU" is user + system
time of the same process, which another busy process on the machine does not inflate. The page build
is measured without the downloads (GUIDE_PDF=0): bare MkDocs makes no PDF, and `mkdocs serve` makes none.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .bare import make_bare
from .corpus import make_corpus, make_real_corpus
from .memory import TreePeak

ROOT = Path(__file__).resolve().parent.parent
SEARCH_INDEX = "search/search_index.json"


@dataclass
class Run:
    seconds: float
    cpu: float
    peak_mb: float
    output: str


def build_env() -> dict:
    """Every measured command's environment: no PDF (see above), no MkDocs 2 notice."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GUIDE_PDF": "0"}


def run(command, cwd, env=None, timeout=3600, on_start=None) -> Run:
    """One command, with its wall time, CPU time (its own and that of the processes it waited for) and
    peak memory (of the largest of these processes, from wait4)."""
    env = {**build_env(), **(env or {})}
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        if on_start is not None:
            on_start(process.pid)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} a échoué ({process.returncode}) :\n{output[-4000:]}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def passes_for(n: int, runs: int) -> int:
    """At least `runs` passes, more where they are cheap: a pass at N = 100 lasts seconds, and over a
    few seconds this machine's speed swings more than the difference measured (pairs of builds gave
    ratios from 0.9 to 2.2 at N = 100). N = 100: 7 × runs passes; N = 500: 2 × runs; N ≥ 1,000: runs."""
    return max(runs, min(7 * runs, round(runs * 1000 / n)))


def mkdocs_build(project: Path, site: Path) -> Run:
    if site.exists():
        shutil.rmtree(site)
    return run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=project)


def median(runs, field):
    return statistics.median(getattr(r, field) for r in runs)


def site_figures(site: Path) -> dict:
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    case_studies = [p for p in pages if p.parent.parent.name == "initiatives"]
    steps = [p for p in pages if (p.parent.parent / "index.html").exists() and p.parent.parent != site
             and p.parent.parent.name != "initiatives"]
    return {
        "pages": len(pages),
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6,
        "largest_kb": largest.stat().st_size / 1e3,
        "largest": largest.parent.relative_to(site).as_posix() + "/",
        "case_study_kb": max(p.stat().st_size for p in case_studies) / 1e3 if case_studies else 0,
        "step_kb": max(p.stat().st_size for p in steps) / 1e3 if steps else 0,
        "over_100kb": sorted(((p.stat().st_size / 1e3, p.parent.relative_to(site).as_posix() + "/")
                              for p in pages if p.stat().st_size > 100e3), reverse=True),
        "search_mb": (site / SEARCH_INDEX).stat().st_size / 1e6,
    }


def matching(project: Path):
    """Shares of one build (run in its own process, see inprocess.py) spent linking glossary terms in the
    pages, and finding them (the regular expression) within that."""
    result = run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                  "from benchmarks.inprocess import main; main([sys.argv[2]])", str(ROOT), str(project)],
                 cwd=project)
    # "construction : 12.34 s ; glossaire (liens des termes) : 0.567 s (4.6 %) ; dont recherche des termes : …"
    numbers = [float(x) for x in re.findall(r": ([0-9.]+) s", result.output.strip().splitlines()[-1])]
    return numbers[1] / numbers[0], numbers[2] / numbers[0]


VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]


def instructions(projects) -> list:
    """Instructions executed by one build of each project, counted by valgrind, the builds side by side.

    A count does not drift with the machine's speed, as times do here by a third over minutes. It is a
    proxy: valgrind replaces memcpy and its kin by plain loops, which overweights copying large strings.
    """
    env = build_env()
    processes = [subprocess.Popen([*VALGRIND, sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
                                   "-d", str(project.parent / f"{project.name}-valgrind-site")],
                                  cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for project in projects]
    counts = []
    for process in processes:
        _out, err = process.communicate()
        found = re.search(r"I\s+refs:\s+([0-9,]+)", err)
        if process.returncode != 0 or not found:
            raise RuntimeError(f"valgrind a échoué ({process.returncode}) :\n{err[-4000:]}")
        counts.append(int(found.group(1).replace(",", "")))
    return counts


def full_build(project: Path, site: Path) -> dict:
    """`make build` as a maintainer runs it to publish (PDFs, spreadsheets, offline copy): once with an
    empty booklet cache (a fresh clone), then again with the cache the first one filled (a CI that keeps
    .cache/booklets between runs); time, CPU and peak memory of the whole process tree (booklets are laid
    out in worker processes), and the size of each download."""
    figures = {}
    with tempfile.TemporaryDirectory(prefix="guide-cache-") as cache:
        for label in ("full", "warm"):
            if site.exists():
                shutil.rmtree(site)
            with TreePeak() as peak:
                result = run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                             cwd=project, env={"GUIDE_PDF": "1", "GUIDE_CACHE": cache}, on_start=peak.watch)
            figures.update({f"{label}_seconds": result.seconds, f"{label}_cpu": result.cpu,
                            f"{label}_peak_mb": peak.mb})
    folder = site / "telechargements"
    figures["downloads"] = sorted((p.relative_to(site).as_posix(), p.stat().st_size)
                                  for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    from pypdf import PdfReader     # a test requirement: only the benchmark reads the PDFs back
    figures["pdf_pages"] = sum(len(PdfReader(p).pages) for p in folder.glob("*.pdf")) if folder.is_dir() else 0
    return figures


def measure(n: int, runs: int, workdir: Path, progress, macros: Path = None, count=False, corpus="synthétique",
            full=False) -> dict:
    folder = workdir / f"n{n}-{'reel' if corpus == 'réel' else 'synth'}"
    project, bare = folder / "project", folder / "bare"
    counts = (make_real_corpus(project, n, macros=macros) if corpus == "réel"
              else make_corpus(project, n, macros=macros))
    make_bare(project, bare)
    progress(f"N={n}, corpus {corpus} : prêt ({counts['initiatives']} initiatives, {counts['terms']} termes, "
             f"{counts['steps']} étapes)")
    built, floor, checks = [], [], []
    passes = passes_for(n, runs)
    for index in range(passes):
        # In turn project first and bare first: a machine that speeds up or slows down during a pass
        # does not favour the same one every time.
        if index % 2 == 0:
            built.append(mkdocs_build(project, folder / "site"))
        floor.append(mkdocs_build(bare, folder / "bare-site"))
        if index % 2 == 1:
            built.append(mkdocs_build(project, folder / "site"))
        checks.append(run([sys.executable, "-m", "macros.cli.check"], cwd=project))
        progress(f"N={n} : passe {index + 1}/{passes} : projet {built[-1].seconds:.1f} s, "
                 f"nu {floor[-1].seconds:.1f} s (rapport CPU {built[-1].cpu / floor[-1].cpu:.2f}), "
                 f"check {checks[-1].seconds:.2f} s")
    # The ratio of each pass, whose two builds ran one after the other, then their median: this machine's
    # speed drifts by a third over minutes, which a ratio of medians taken over several passes mixes in.
    ratios = [b.seconds / f.seconds for b, f in zip(built, floor)]
    cpu_ratios = [b.cpu / f.cpu for b, f in zip(built, floor)]
    quartiles = statistics.quantiles(cpu_ratios, n=4) if len(cpu_ratios) > 1 else cpu_ratios * 3
    glossary_share, matcher_share = matching(project)
    counted = {}
    if count:
        built_count, bare_count = instructions([project, bare])
        counted = {"instructions": built_count, "bare_instructions": bare_count}
        progress(f"N={n} : instructions {built_count / 1e9:.2f} G / {bare_count / 1e9:.2f} G "
                 f"(rapport {built_count / bare_count:.3f})")
    figures = site_figures(folder / "site")
    bare_figures = site_figures(folder / "bare-site")
    if full:
        counted.update(full_build(project, folder / "full-site"))
        progress(f"N={n}, corpus {corpus} : construction complète {counted['full_seconds']:.1f} s, "
                 f"{counted['full_peak_mb']:.0f} Mo au plus")
    return {"n": n, "corpus": corpus, **counts, **figures,
            "bare_site_mb": bare_figures["site_mb"],
            "seconds": median(built, "seconds"), "cpu": median(built, "cpu"),
            "bare_seconds": median(floor, "seconds"), "bare_cpu": median(floor, "cpu"),
            "ratio": statistics.median(ratios), "cpu_ratio": statistics.median(cpu_ratios),
            "cpu_ratio_low": quartiles[0], "cpu_ratio_high": quartiles[-1], "passes": passes,
            "peak_mb": max(r.peak_mb for r in built), "bare_peak_mb": max(r.peak_mb for r in floor),
            "check_seconds": median(checks, "seconds"), "check_cpu": median(checks, "cpu"),
            "glossary_share": glossary_share, "terms_share": matcher_share, **counted}


COLUMNS = [  # (heading, format)
    ("N", "{n}"), ("corpus", "{corpus}"), ("termes", "{terms}"), ("pages", "{pages}"), ("passes", "{passes}"),
    ("projet (s)", "{seconds:.1f}"), ("nu (s)", "{bare_seconds:.1f}"), ("ratio", "{ratio:.2f}"),
    ("CPU projet / nu (s)", "{cpu:.1f} / {bare_cpu:.1f}"), ("ratio CPU (quartiles)", "{cpu_ratio:.2f} ({cpu_ratio_low:.2f}–{cpu_ratio_high:.2f})"),
    ("ms/page", "{ms_per_page:.0f}"), ("mémoire max", "{peak_mb:.0f} Mo"),
    ("site", "{site_mb:.0f} Mo"), ("plus grande page", "{largest_kb:.0f} Ko ({largest})"),
    ("plus grande étude de cas / étape", "{case_study_kb:.0f} / {step_kb:.0f} Ko"), ("index de recherche", "{search_mb:.1f} Mo"),
    ("`make check` (CPU)", "{check_seconds:.2f} s ({check_cpu:.2f} s)"),
    ("liens du glossaire / dont recherche des termes", "{glossary_pct:.1f} % / {terms_pct:.1f} %"),
]


FULL = [("`make build`, cache vide (s) / CPU", "{full_seconds:.1f} / {full_cpu:.1f}"),
        ("÷ pages seules (CPU)", "{full_ratio:.2f}"), ("mémoire max (tous processus)", "{full_peak_mb:.0f} Mo"),
        ("cache plein (s) / CPU", "{warm_seconds:.1f} / {warm_cpu:.1f}"), ("÷ pages seules (CPU)", "{warm_ratio:.2f}"),
        ("pages des PDF / ms de CPU par page PDF, au-delà des pages du site", "{pdf_pages} / {ms_per_pdf_page:.0f}")]

COUNTED = ("instructions projet / nu (G)",
           "{instructions_g:.1f} / {bare_instructions_g:.1f} (rapport {instructions_ratio:.3f})")


def table(rows) -> str:
    columns = (COLUMNS + ([COUNTED] if all("instructions" in row for row in rows) else [])
               + (FULL if any("full_cpu" in row for row in rows) else []))
    lines = ["| " + " | ".join(h for h, _ in columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        values = {**row, "ms_per_page": 1000 * row["cpu"] / row["pages"],
                  "full_ratio": row["full_cpu"] / row["cpu"] if "full_cpu" in row else 0,
                  "warm_ratio": row["warm_cpu"] / row["cpu"] if "warm_cpu" in row else 0,
                  "ms_per_pdf_page": 1000 * (row["full_cpu"] - row["cpu"]) / row["pdf_pages"] if row.get("pdf_pages") else 0, "terms_pct": 100 * row["terms_share"],
                  "glossary_pct": 100 * row["glossary_share"]}
        if "instructions" in row:
            values.update(instructions_g=row["instructions"] / 1e9, bare_instructions_g=row["bare_instructions"] / 1e9,
                          instructions_ratio=row["instructions"] / row["bare_instructions"])
        lines.append("| " + " | ".join(f.format(**values) if "full_cpu" in row or not f.startswith(("{full", "{warm", "{pdf"))
                                       else "—" for _, f in columns) + " |")
    return "\n".join(lines)


def goals(rows) -> str:
    """The reach goals of the benchmark, each said met or not, for each corpus."""
    said = []

    def say(ok, text):
        said.append(f"- {'atteint' if ok else 'NON atteint'} : {text}")

    for corpus in dict.fromkeys(r["corpus"] for r in rows):
        _page_goals([r for r in rows if r["corpus"] == corpus], say, f"corpus {corpus}, ")
        _full_goals([r for r in rows if r["corpus"] == corpus and "full_cpu" in r], say, f"corpus {corpus}, ")
    say(max(r["peak_mb"] for r in rows) <= 1024, f"pages seules : mémoire max {max(r['peak_mb'] for r in rows):.0f} Mo "
                                                 "(objectif ≤ 1 Go)")
    return "\n".join(said)


def _page_goals(rows, say, label):
    by_n = {r["n"]: r for r in rows}
    for r in rows:
        say(r["cpu_ratio"] <= 1.3, f"{label}N={r['n']} : projet ÷ nu = {r['cpu_ratio']:.2f} en CPU, médiane des passes "
                                   f"de {r['passes']} (quartiles {r['cpu_ratio_low']:.2f} et {r['cpu_ratio_high']:.2f} ; "
                                   f"{r['ratio']:.2f} en temps écoulé), objectif ≤ 1,3")
        if "instructions" in r:
            counted = r["instructions"] / r["bare_instructions"]
            say(counted <= 1.3, f"{label}N={r['n']} : projet ÷ nu = {counted:.3f} en instructions exécutées "
                                "(valgrind, une construction de chaque), objectif ≤ 1,3")
    if 500 in by_n and 2000 in by_n:
        small, big = by_n[500], by_n[2000]
        growth = (big["cpu"] / big["pages"]) / (small["cpu"] / small["pages"])
        say(growth <= 1.2, f"{label}coût par page à N=2000 = {growth:.2f} × celui à N=500 (objectif ≤ 1,2)")
        size = (big["site_mb"] / big["pages"]) / (small["site_mb"] / small["pages"])
        say(size <= 1.2, f"{label}taille du site par page à N=2000 = {size:.2f} × celle à N=500 (objectif ≤ 1,2)")
    top = by_n[max(by_n)]
    over = ", ".join(f"{path} {kb:.0f} Ko" for kb, path in top["over_100kb"]) or "aucune"
    say(not top["over_100kb"], f"{label}N={top['n']} : pages de plus de 100 Ko : {over} ; études de cas au plus "
                               f"{top['case_study_kb']:.0f} Ko, étapes au plus {top['step_kb']:.0f} Ko")
    # What a contributor waits for: the elapsed time (the files are read by two processes, whose CPU adds up).
    say(top["check_seconds"] <= 2, f"{label}N={top['n']} : `make check` {top['check_seconds']:.2f} s écoulées, "
                                   f"{top['check_cpu']:.2f} s de CPU (objectif ≤ 2 s)")
    for r in rows:
        if r["terms"] >= 500:
            say(r["terms_share"] <= 0.05, f"{label}N={r['n']}, M={r['terms']} : recherche des termes "
                                          f"{100 * r['terms_share']:.1f} % de la construction (objectif ≤ 5 %) ; "
                                          f"liens du glossaire en tout : {100 * r['glossary_share']:.1f} %")


def _full_goals(rows, say, label):
    """`make build` with its downloads: ≤ 2.5 × the pages alone at N = 1,000, ≤ 1 GB at N = 2,000 (all the
    build's processes together), and a cost per case study that does not grow (≤ 1.2 from 500 to 2,000)."""
    by_n = {r["n"]: r for r in rows}
    for r in rows:
        if r["n"] == 1000:
            for key, said in (("full", "cache des livrets vide"), ("warm", "cache des livrets plein")):
                ratio = r[f"{key}_cpu"] / r["cpu"]
                say(ratio <= 2.5, f"{label}N=1000 : `make build`, {said} = {ratio:.2f} × les pages seules en CPU "
                                  f"({r[f'{key}_cpu']:.1f} s contre {r['cpu']:.1f} s ; {r[f'{key}_seconds']:.1f} s "
                                  "écoulées), objectif ≤ 2,5")
        if r["n"] == 2000:
            say(r["full_peak_mb"] <= 1024, f"{label}N=2000 : `make build` {r['full_peak_mb']:.0f} Mo au plus, "
                                           "tous ses processus ensemble (objectif ≤ 1 Go)")
    if 500 in by_n and 2000 in by_n:
        small, big = by_n[500], by_n[2000]
        growth = (big["full_cpu"] / big["initiatives"]) / (small["full_cpu"] / small["initiatives"])
        say(growth <= 1.2, f"{label}`make build` par étude de cas à N=2000 = {growth:.2f} × à N=500 (objectif ≤ 1,2)")


def downloads_table(rows) -> str:
    """The size of each download of the largest full build of each corpus."""
    lines = []
    for corpus in dict.fromkeys(r["corpus"] for r in rows if "downloads" in r):
        top = max((r for r in rows if r["corpus"] == corpus and "downloads" in r), key=lambda r: r["n"])
        lines += [f"\nTéléchargements, corpus {corpus}, N={top['n']} :", "| fichier | taille |", "|---|---|"]
        groups = {}     # the step booklets and spreadsheets, one line for each kind
        for path, size in top["downloads"]:
            groups.setdefault(re.sub(r"/listes-[^/]+\.", "/listes-<étape>.", path), []).append(size)
        lines += [f"| {path}{f' ({len(sizes)} fichiers)' if len(sizes) > 1 else ''} | "
                  f"{min(sizes) / 1024:.0f}{f'–{max(sizes) / 1024:.0f}' if len(sizes) > 1 else ''} Ko |"
                  for path, sizes in groups.items()]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Mesure la construction du guide à grande échelle.")
    parser.add_argument("--sizes", default="100,500,1000,2000", help="valeurs de N séparées par des virgules")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="garder les corpus et les sites dans ce dossier")
    parser.add_argument("--macros", type=Path, help="mesurer une autre version du dossier macros/")
    parser.add_argument("--instructions", action="store_true",
                        help="compter aussi les instructions d'une construction de chaque (valgrind, 15 fois plus lent)")
    parser.add_argument("--corpus", default="synthétique,réel",
                        help="synthétique (textes tirés au hasard), réel (copies des études de cas du guide), ou les deux")
    parser.add_argument("--no-full", action="store_true",
                        help="sans la construction complète (PDF, tableurs, copie hors connexion)")
    args = parser.parse_args(argv)
    sizes = [int(n) for n in args.sizes.split(",")]
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="guide-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    progress = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    try:
        if args.instructions and shutil.which("valgrind") is None:
            parser.error("--instructions demande valgrind (apt-get install valgrind)")
        # The full build of the real corpus only: it is the guide a maintainer publishes.
        rows = [measure(n, args.runs, workdir, progress, args.macros, args.instructions, corpus,
                        not args.no_full and corpus == "réel")
                for corpus in args.corpus.split(",") for n in sizes]
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nMédianes des passes ({args.runs} au moins, plus aux petits N), {os.cpu_count()} cœurs, "
          f"Python {sys.version.split()[0]}.\n")
    print(table(rows))
    print(downloads_table(rows))
    print("\nObjectifs :\n" + goals(rows))


if __name__ == "__main__":
    main()
