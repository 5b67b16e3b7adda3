"""`make bench-serve`: how long a contributor waits, under `make serve`, to see an edit to one case study.

A synthetic guide of N initiatives is served as `make serve` does; one initiative's YAML file is changed
(its lede), and the time is taken until the served page shows the new text. The same is done with bare
MkDocs Material serving the same Markdown (one Markdown page changed): that is the engine's floor, since
MkDocs rebuilds the whole site after any change.

    python -m benchmarks.serve [--initiatives 500] [--runs 3]
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from .bare import make_bare
from .corpus import make_corpus

TIMEOUT = 300
MAKE_SERVE_OPTIONS = ("--strict", "--dirty")     # as in the Makefile's `serve`


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url, marker, started):
    while time.perf_counter() - started < TIMEOUT:
        page = fetch(url)
        if page is not None and marker in page:
            return time.perf_counter() - started
        time.sleep(0.05)
    raise TimeoutError(f"{url} ne montre pas « {marker} » après {TIMEOUT} s")


def reloads(project: Path, source: Path, page: str, edit, runs: int, options=("--strict",)) -> list:
    """Seconds from each edit of source to the served page showing it (the first build is not timed)."""
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}",
                               "--livereload", *options], cwd=project, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/{page}"
    try:
        original = source.read_text(encoding="utf-8")
        wait_for(url, "</html>", time.perf_counter())
        times = []
        for run in range(runs):
            marker = f"Modification numéro {run + 1} pour la mesure"
            source.write_text(edit(original, marker), encoding="utf-8")
            times.append(wait_for(url, marker, time.perf_counter()))
            time.sleep(1)      # let the server settle before the next edit
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Mesure le rechargement de `make serve` après une modification.")
    parser.add_argument("--initiatives", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="guide-bench-serve-"))
    try:
        project = workdir / "project"
        make_corpus(project, args.initiatives)
        make_bare(project, workdir / "bare")
        source = sorted((project / "initiatives").glob("*.yml"))[-1]
        page = f"initiatives/{source.stem}/"
        yaml_edit = lambda text, marker: re.sub(r"^lede: .*$", f"lede: {marker}.", text, count=1,  # noqa: E731
                                                flags=re.MULTILINE)
        markdown_edit = lambda text, marker: text.replace("\n# ", f"\n<p>{marker}</p>\n\n# ", 1)  # noqa: E731
        project_times = reloads(project, source, page, yaml_edit, args.runs, MAKE_SERVE_OPTIONS)
        full_times = reloads(project, source, page, yaml_edit, args.runs)
        bare_page = workdir / "bare" / "docs" / "initiatives" / f"{source.stem}.md"
        bare_times = reloads(workdir / "bare", bare_page, page, markdown_edit, args.runs)
        # `mkdocs serve --dirty` rebuilds only the changed files: what MkDocs can do at best (it warns that
        # the navigation may be stale, so not in strict mode).
        dirty_times = reloads(workdir / "bare", bare_page, page, markdown_edit, args.runs, ["--dirty", "--no-strict"])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    project_median, bare_median = statistics.median(project_times), statistics.median(bare_times)
    print(f"N={args.initiatives} : une initiative modifiée → page servie à jour en {project_median:.1f} s "
          f"(médiane de {args.runs} : {', '.join(f'{t:.1f}' for t in project_times)}) ; "
          f"MkDocs Material nu, même site : {bare_median:.1f} s ; rapport {project_median / bare_median:.2f} ; "
          f"MkDocs nu avec --dirty (seules les pages modifiées) : {statistics.median(dirty_times):.1f} s ; "
          f"le projet sans --dirty (toutes les pages refaites) : {statistics.median(full_times):.1f} s.")


if __name__ == "__main__":
    main()
