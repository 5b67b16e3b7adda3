"""One build run inside this process: to profile it, or to time the glossary matching apart.

    python -m benchmarks.inprocess PROJECT [--profile N] [--lenient]   # N costliest functions (cumulative)

Glossary matching is every call into macros/model/matcher.py and macros/html/glossary_links.py (when it exists)
from the rest of the code; the functions and methods of these modules are wrapped before MkDocs loads
the hook, so that the hook's own imports get the wrapped ones.
"""
import argparse
import cProfile
import functools
import importlib
import inspect
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MATCHING_MODULES = ("macros.model.matcher", "macros.html.glossary_links")


class Stopwatch:
    """Time spent inside the wrapped callables, outermost call only (nested calls are not counted twice)."""

    def __init__(self):
        self.seconds = 0.0
        self.calls = 0
        self._depth = 0

    def wrap(self, function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            if self._depth:
                return function(*args, **kwargs)
            self._depth += 1
            started = time.perf_counter()
            try:
                result = function(*args, **kwargs)
                if inspect.isgenerator(result):
                    result = list(result)   # a generator does its work when consumed
                return result
            finally:
                self.seconds += time.perf_counter() - started
                self.calls += 1
                self._depth -= 1
        return timed

    def instrument(self, module):
        """Wrap the module's functions and its public classes' public methods (their callers are elsewhere)."""
        for name, value in list(vars(module).items()):
            if getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isclass(value) and not name.startswith("_"):
                for attribute, member in list(vars(value).items()):
                    if inspect.isfunction(member) and (attribute == "__init__" or not attribute.startswith("_")):
                        setattr(value, attribute, self.wrap(member))
            elif inspect.isfunction(value):
                setattr(module, name, self.wrap(value))


def build(project: Path, site_dir: Path, profile: bool = False, strict: bool = True):
    """(seconds, glossary stopwatch, matcher stopwatch, profile or None) of one build of the project."""
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.config import load_config
    project = Path(project).resolve()
    sys.path.insert(0, str(project))
    stopwatch, matcher = Stopwatch(), Stopwatch()
    for name in MATCHING_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        stopwatch.instrument(module)
        if name == "macros.model.matcher":
            matcher.instrument(module)      # the regular expression alone, inside the above
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("GUIDE_PDF", "0")     # the pages only, as bench-build measures them
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    cwd = os.getcwd()
    os.chdir(project)
    try:
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=strict)
        mkdocs_build.build(config)
    finally:
        os.chdir(cwd)
        if profiler:
            profiler.disable()
    return time.perf_counter() - started, stopwatch, matcher, profiler


def main(argv=None):
    parser = argparse.ArgumentParser(description="Construit un projet dans ce processus et dit où va le temps.")
    parser.add_argument("project", type=Path)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--lenient", action="store_true", help="sans --strict (avertissements tolérés)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as site_dir:
        seconds, stopwatch, matcher, profiler = build(args.project, Path(site_dir), bool(args.profile), not args.lenient)
    print(f"construction : {seconds:.2f} s ; glossaire (liens des termes) : {stopwatch.seconds:.3f} s "
          f"({100 * stopwatch.seconds / seconds:.1f} %) ; dont recherche des termes : {matcher.seconds:.3f} s "
          f"({100 * matcher.seconds / seconds:.1f} %)")
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.profile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
