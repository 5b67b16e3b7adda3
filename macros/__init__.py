"""The guidebook engine: YAML records -> checked model -> pages. `define_env` is the mkdocs-macros adapter."""


def on_pre_page_macros(env):
    """A page made from the YAML records is never a template, whatever mkdocs.yml or its metadata say:
    mkdocs-macros reads this flag from the same metadata object just before it would render the page."""
    if env.page.file.generated_by is not None:
        env.variables["page"].meta["render_macros"] = False


def define_env(env):
    from . import pages, site

    def guide():
        return site.guide_for(id(env.conf))

    @env.macro
    def domains_overview():
        """The domains and their steps, for hand-written pages such as the home page."""
        return pages.environment().get_template("_domains_overview.html.j2").render(
            guide=guide(), href=lambda to, anchor="": pages.links.href(env.page.file.src_uri, to, anchor))

    @env.macro
    def downloads_section():
        """The offline copy and the PDF booklets with their sizes, when this build made them."""
        from . import downloads
        return pages.environment().get_template("_downloads.html.j2").render(
            files=downloads.for_home(),
            href=lambda to, anchor="": pages.links.href(env.page.file.src_uri, to, anchor))

    @env.macro
    def counts():
        g = guide()
        return {"steps": len(g.steps), "terms": len(g.terms), "initiatives": len(g.initiatives),
                "checklists": sum(1 for _ in g.all_checklists())}
