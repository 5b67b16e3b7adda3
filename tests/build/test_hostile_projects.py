"""A hostile project built with `make`: an inline script in a page fails the build, generated pages never
reach mkdocs-macros whatever their text holds (even with macros on by default), and symbolic links in the
record folders and in docs/ are refused with their path, never followed."""
from project import make, make_project


def test_an_inline_script_in_a_built_page_fails_the_build(tmp_path):
    """Whatever put it there (a theme update, a missed escape), it would be blocked: nothing is published."""
    project = make_project(tmp_path / "project")
    page = project / "docs" / "a-propos.md"
    page.write_text(page.read_text(encoding="utf-8") + '\n<script>window.x = 1</script>\n', encoding="utf-8")
    build = make(project, "build")
    assert build.returncode != 0
    assert ("a-propos.md : script en ligne refusé par la politique de sécurité des pages (Content-Security-Policy) ; "
            "les scripts du site sont des fichiers de docs/assets/js/") in build.stdout + build.stderr


def test_generated_pages_never_reach_mkdocs_macros_even_when_macros_render_by_default(tmp_path):
    """A text that looks like a YAML header, a title full of template syntax, and mkdocs.yml switched
    back to rendering every page: the case study's page still shows what was written."""
    project = make_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("render_by_default: false", "render_by_default: true"),
                      encoding="utf-8")
    record = project / "initiatives" / "ville-test.yml"
    record.write_text(record.read_text(encoding="utf-8")
                      .replace("title: Ville test", 'title: "Ville {{ 7*7 }}"')
                      .replace("body: |\n  La ville a ouvert un lieu.",
                               "body: |\n  ---\n  render_macros: true\n  ---\n  La ville {{ 6*7 }} a ouvert un lieu."),
                      encoding="utf-8")
    build = make(project, "build")
    assert build.returncode == 0, build.stdout + build.stderr
    html = (project / "site" / "initiatives" / "ville-test" / "index.html").read_text(encoding="utf-8")
    assert "Ville {{ 7*7 }}</h1>" in html and "La ville {{ 6*7 }} a ouvert un lieu." in html
    assert "<title>Ville {{ 7*7 }} - " in html
    assert "Ville 49" not in html and " 42 " not in html


def _project_and_secret(tmp_path, name, text):
    """A project, and a folder beside it holding one file a link could reach."""
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / name).write_text(text, encoding="utf-8")
    return make_project(tmp_path / "project"), outside


def test_symbolic_links_in_record_folders_are_refused_and_never_followed(tmp_path):
    project, outside = _project_and_secret(tmp_path, "mot-de-passe.yml", "title: secret\n")
    (project / "initiatives" / "lien.yml").symlink_to(outside / "mot-de-passe.yml")
    (project / "glossary" / "dossier").symlink_to(outside)
    (project / "roadmap" / "ailleurs").symlink_to(outside)
    check = make(project, "check")
    assert check.returncode != 0
    message = "lien symbolique refusé : le guide ne lit que des fichiers ordinaires du dépôt ; " \
              "remplacez le lien par le fichier lui-même"
    lines = [line for line in check.stderr.splitlines() if ":1:1: " in line]
    assert lines == [f"glossary/dossier:1:1: {message}", f"initiatives/lien.yml:1:1: {message}",
                     f"roadmap/ailleurs:1:1: {message}"]
    assert "mot-de-passe" not in check.stderr and "secret" not in check.stderr


def test_symbolic_links_in_docs_are_refused_before_mkdocs_lists_them(tmp_path):
    project, outside = _project_and_secret(tmp_path, "cle.txt", "confidentiel")
    (project / "docs" / "copie.md").symlink_to(outside / "cle.txt")
    (project / "docs" / "assets" / "dehors").symlink_to(outside)
    build = make(project, "build")
    output = build.stdout + build.stderr
    assert build.returncode != 0
    assert "docs/assets/dehors:1:1: lien symbolique refusé" in output
    assert "docs/copie.md:1:1: lien symbolique refusé" in output
    assert "cle.txt" not in output and not (project / "site" / "copie").exists()
