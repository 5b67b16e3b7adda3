"""What the theme's overrides (docs/overrides/) ask of the build beside Material, for the bare build: the
words of the catalogues (t, t_date; t_in and gb_home for the 404 page's other edition) and each page's two
editions for the sitemap (gb_editions), and the filter that defers the body's scripts (gb_deferred).
Without them the bare site could not render the same templates; nothing else of the project runs."""
import sys
from pathlib import Path


def on_env(env, config, files):
    sys.path.insert(0, str(Path(config.config_file_path).resolve().parents[1] / "project"))
    from macros import addresses
    from macros.html.page_speed import deferred_scripts
    from macros.pages.catalogue import Catalogue, in_language
    words = Catalogue("fr")
    roots = {language: addresses.edition_root(config.site_url or "", language) for language in addresses.EDITIONS}
    env.globals.update(t=words.text, t_date=words.date, t_in=in_language,
                       gb_home=lambda language: addresses.home_path(roots[language]), gb_editions=lambda src_uri: [
        (language, addresses.online(root, src_uri)) for language, root in roots.items()])
    env.filters["gb_deferred"] = deferred_scripts
    return env
