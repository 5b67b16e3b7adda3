"""The mkdocs-macros adapter: the few macros hand-written pages may call (the home page's domains,
downloads and counts). Loaded by mkdocs-macros from this file (mkdocs.yml: module_name), after the MkDocs
hook has made the build (config.guide_build)."""
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# mkdocs-macros says at INFO, on every build, which module, functions, variables, macros and filters it
# found: six lines that tell a contributor nothing. Its warnings and errors still show, and `mkdocs build
# --verbose` shows everything. This file is read before its first such line (and again by each rebuild of
# `mkdocs serve`: one filter all the same).
_MACROS_LOG = logging.getLogger("mkdocs.plugins.mkdocs_macros.util")
if not getattr(_MACROS_LOG, "guide_quiet", False):
    _MACROS_LOG.addFilter(lambda record: record.levelno > logging.INFO or _MACROS_LOG.isEnabledFor(logging.DEBUG))
    _MACROS_LOG.guide_quiet = True


def on_pre_page_macros(env):
    """A page made from the YAML records is never a template, whatever mkdocs.yml or its metadata say:
    mkdocs-macros reads this flag from the same metadata object just before it would render the page."""
    if env.page.file.generated_by is not None:
        env.variables["page"].meta["render_macros"] = False


def define_env(env):
    def build():
        return env.conf.guide_build

    def render(template, **context):
        current = build()
        return current.templates.render(template, env.page.file.src_uri, current.links, **context)

    @env.macro
    def domains_overview():
        """The domains and their steps, for hand-written pages such as the home page."""
        return render("_domains_overview.html.j2", guide=build().guide)

    @env.macro
    def downloads_section():
        """The offline copy and the PDF booklets with their sizes, when this build made them."""
        return render("_downloads.html.j2", files=build().downloads.for_home())

    @env.macro
    def counts():
        guide = build().guide
        return {"steps": len(guide.steps), "terms": len(guide.terms), "initiatives": len(guide.initiatives),
                "checklists": sum(1 for _ in guide.all_checklists())}
