"""The Content-Security-Policy of every page, first thing in its head, and the inline scripts it counts."""
from macros.html import csp

META = ('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\'; '
        'style-src \'self\' \'unsafe-inline\'; img-src \'self\' data:; font-src \'self\'; connect-src \'self\'; '
        'object-src \'none\'; base-uri \'none\'; form-action \'none\'">')


def test_the_policy_comes_right_after_the_charset():
    page = '<html><head><meta charset="utf-8"><title>x</title><script src="a.js"></script></head></html>'
    assert csp.with_policy(page) == (
        '<html><head><meta charset="utf-8">' + META + '<title>x</title><script src="a.js"></script></head></html>')


def test_the_header_adds_what_only_a_header_can_say():
    assert csp.header() == ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                            "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def test_only_scripts_that_would_run_inline_are_counted():
    assert csp.inline_scripts('<script src="x.js"></script><script type="application/json">{}</script>'
                              '<script type="application/ld+json">{}</script>') == 0
    assert csp.inline_scripts('<script>alert(1)</script><SCRIPT type="module">b()</SCRIPT>') == 2


def test_the_live_reload_script_is_allowed_by_its_hash():
    page = b"<head>" + META.encode() + b"</head><body><script>livereload(1)</script></body>"
    allowed = csp.allowing_injected_script(page, page.index(b"<script>"))
    # `printf 'livereload(1)' | openssl dgst -sha256 -binary | base64`
    assert allowed == page.replace(b"script-src 'self'", b"script-src 'self' 'sha256-RH8xdfII+JEA+sUsgeIZSKn5Me+IKysf2uKfaiaAZk0='", 1)
