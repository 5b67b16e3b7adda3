"""The Content-Security-Policy of every page: a second line of defence behind escaping.

Should an escape ever be missed, a script written by a contributor still cannot run: scripts come from
the site's own files only, and no inline script, event-handler attribute, plugin, base address or form
target is allowed. The theme's inline scripts were moved to files (assets/js/boot.js), so the pages
need no script hash at all: hashing the inline scripts found in a built page would also allow any that
a missed escape had put there. An inline script found in a built page is reported instead, and the
build (--strict) fails. Only `mkdocs serve` adds one, its live-reload script, allowed by its hash.
"""
import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(\s[^>]*)?>(.*?)</script>", re.S | re.I)
_FILE_OR_DATA = re.compile(r"""\bsrc\s*=|\btype\s*=\s*["']?application/(ld\+)?json""", re.I)
_HEAD = re.compile(r"<head\b[^>]*>\s*(<meta charset=[^>]*>)?", re.I)   # first thing after the charset
# Styles: Material and the pages set inline `style` attributes (progress bars, the print header).
DIRECTIVES = ("default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
              "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
              "base-uri 'none'", "form-action 'none'")
# What only an HTTP header can carry (a <meta> policy ignores it).
HEADER_ONLY = ("frame-ancestors 'none'",)
META = f'<meta http-equiv="Content-Security-Policy" content="{"; ".join(DIRECTIVES)}">'


def header() -> str:
    """The same policy as an HTTP header (see the README's hosting section)."""
    return "; ".join(DIRECTIVES + HEADER_ONLY)


def inline_scripts(html: str) -> int:
    """How many inline scripts that would run (not script files, not JSON data) the page holds."""
    return sum(1 for match in _INLINE_SCRIPT.finditer(html) if not _FILE_OR_DATA.search(match.group(1) or ""))


def with_policy(html: str) -> str:
    """The page with its policy as the first element of its head, before any script."""
    head = _HEAD.search(html)
    return html if head is None else html[:head.end()] + META + html[head.end():]


def allowing_injected_script(html: bytes, script_at: int) -> bytes:
    """The page served by `mkdocs serve`, whose live-reload script was inserted at `script_at` after the
    build: the page's policy allows it by its hash (the script changes at every request)."""
    body_start = html.index(b">", script_at) + 1
    body_end = html.index(b"</script>", body_start)
    digest = base64.b64encode(hashlib.sha256(html[body_start:body_end]).digest())
    return html.replace(b"script-src 'self'", b"script-src 'self' 'sha256-" + digest + b"'", 1)
