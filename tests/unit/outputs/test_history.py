"""« Dernière mise à jour » under a page: the date of the last commit of its file, or of the newest file of
its folder, written in French; nothing when the date is unknown."""
import subprocess

from macros.outputs.history import last_changes, page_meta

DATES = {"glossary/incubateur.yml": "2025-03-01", "initiatives/a.yml": "2024-12-25",
         "initiatives/b.yml": "2025-01-09"}


def test_a_file_dated_the_first_of_the_month_says_1er():
    assert page_meta(DATES, "glossary/incubateur.yml") == {"last_updated": "2025-03-01",
                                                           "last_updated_text": "1er mars 2025"}


def test_a_folder_takes_the_date_of_its_newest_file():
    assert page_meta(DATES, "initiatives/") == {"last_updated": "2025-01-09", "last_updated_text": "9 janvier 2025"}


def test_unknown_dates_give_nothing():
    assert page_meta(DATES, "glossary/tiers-lieu.yml") == {}
    assert page_meta(DATES, "") == {}
    assert page_meta({}, "initiatives/") == {}


def test_last_changes_reads_one_git_log(tmp_path):
    def git(*arguments, date):
        env = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
               "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
        subprocess.run(["git", *arguments], cwd=tmp_path, env=env, check=True, capture_output=True)

    git("init", "-q", date="2024-01-01T12:00:00")
    (tmp_path / "a.yml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "b.yml").write_text("b: 1\n", encoding="utf-8")
    git("add", ".", date="2024-02-01T12:00:00")
    git("commit", "-qm", "un", date="2024-02-01T12:00:00")
    (tmp_path / "b.yml").write_text("b: 2\n", encoding="utf-8")
    git("commit", "-qam", "deux", date="2024-03-05T12:00:00")
    assert last_changes(tmp_path) == {"a.yml": "2024-02-01", "b.yml": "2024-03-05"}


def test_outside_git_there_is_no_date(tmp_path):
    assert last_changes(tmp_path) == {}
