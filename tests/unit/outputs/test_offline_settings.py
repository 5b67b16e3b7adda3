"""The offline copy's build settings: Material's offline plugin with our own worker shim, without instant
navigation; which files the zip leaves out."""
from macros.outputs import offline


def test_the_offline_build_is_told_by_the_environment(monkeypatch):
    monkeypatch.delenv("GUIDE_OFFLINE", raising=False)
    monkeypatch.delenv("GUIDE_DOWNLOADS_FROM", raising=False)
    assert not offline.is_offline_build() and offline.parent_downloads() is None
    monkeypatch.setenv("GUIDE_OFFLINE", "true")
    monkeypatch.setenv("GUIDE_DOWNLOADS_FROM", "/tmp/telechargements")
    assert offline.is_offline_build() and str(offline.parent_downloads()) == "/tmp/telechargements"


def test_the_worker_shim_from_a_cdn_is_replaced_by_ours_and_instant_navigation_goes():
    assert offline.with_local_worker_shim(["https://unpkg.com/iframe-worker/shim", "assets/js/autre.js"]) == [
        "assets/js/file-worker.js", "assets/js/autre.js"]
    assert offline.without_instant_navigation(["navigation.instant", "navigation.indexes"]) == ["navigation.indexes"]


def test_the_copy_leaves_out_what_only_a_server_uses():
    assert offline._left_out("search/search_index.json") and offline._left_out("404.html")
    assert offline._left_out("_headers")
    assert not offline._left_out("search/search_index.js") and not offline._left_out("index.html")
