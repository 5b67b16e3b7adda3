"""MkDocs adapter: check the content first, then add the generated pages in memory."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.exceptions import Abort  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from macros import site  # noqa: E402
from macros.problems import ContentError  # noqa: E402


def on_config(config):
    root = Path(config.config_file_path).resolve().parent
    try:
        guide = site.load_for(id(config), root)
    except ContentError as error:
        raise Abort("\n" + str(error)) from None
    config.nav = site.nav_with_domains(config.nav or [], guide)
    return config


def on_files(files, config):
    guide = site.guide_for(id(config))
    for page in site.generated_pages(guide):
        if files.get_file_from_path(page.src_uri) is not None:
            raise Abort(f"docs/{page.src_uri} existe déjà : cette page est produite à partir des fichiers YAML, "
                        "retirez le fichier de docs/")
        generated = File.generated(config, page.src_uri, content=page.content)
        generated.edit_uri = page.edit_path
        files.append(generated)
    return files
