"""The Content-Security-Policy of every page: a second line of defence behind escaping.

Should an escape ever be missed, a script written by a contributor still cannot run: scripts come from
the site itself, inline scripts only when their exact text was in the page at build time (by its hash),
and no event-handler attribute, plugin, base address or form target is allowed.
"""
import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(\s[^>]*)?>(.*?)</script>", re.S | re.I)
_NOT_JAVASCRIPT = re.compile(r"""\b(src|type)\s*=\s*["']?(?!text/javascript|module)""", re.I)
_HEAD = re.compile(r"<head\b[^>]*>\s*(<meta charset=[^>]*>)?", re.I)   # first thing after the charset
# Styles: Material and the pages set inline `style` attributes (progress bars, the print header).
DIRECTIVES = ("default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
              "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'",
              "form-action 'none'")
# What only an HTTP header can carry (a <meta> policy ignores it).
HEADER_ONLY = ("frame-ancestors 'none'",)


def script_hashes(html: str) -> list:
    """« 'sha256-…' » of each inline script of the page, in order, without repeats."""
    found = []
    for match in _INLINE_SCRIPT.finditer(html):
        attributes, body = match.group(1) or "", match.group(2)
        if _NOT_JAVASCRIPT.search(attributes):
            continue        # a script file, or data (application/json): the hash is not what matters
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        if f"'sha256-{digest}'" not in found:
            found.append(f"'sha256-{digest}'")
    return found


def policy(hashes, header: bool = False) -> str:
    scripts = " ".join(["script-src 'self'", *hashes])
    return "; ".join([DIRECTIVES[0], scripts, *DIRECTIVES[1:], *(HEADER_ONLY if header else ())])


def with_policy(html: str):
    """The page with its policy as the first element of its head (before any script), and the hashes."""
    hashes = script_hashes(html)
    head = _HEAD.search(html)
    if head is None:
        return html, hashes
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    return html[:head.end()] + meta + html[head.end():], hashes


def allowing_injected_script(html: bytes, script_at: int) -> bytes:
    """The page served by `mkdocs serve`, whose live-reload script was inserted at `script_at` after the
    build: its hash joins the page's policy (the script changes at every request)."""
    body_start = html.index(b">", script_at) + 1
    body_end = html.index(b"</script>", body_start)
    digest = base64.b64encode(hashlib.sha256(html[body_start:body_end]).digest())
    return html.replace(b"script-src 'self'", b"script-src 'self' 'sha256-" + digest + b"'", 1)
