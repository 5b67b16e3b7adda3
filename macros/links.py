"""Relative links between pages, from their source paths, for directory URLs (x/y.md -> x/y/)."""
import posixpath

# The offline copy is opened from files, where a folder does not open its index.html: its pages are
# x/y.html (MkDocs' use_directory_urls: false). The hook sets this from the configuration.
DIRECTORY_URLS = True


def page_dir(src_uri: str) -> str:
    """The directory a page is served from, relative to the site root ('' for the home page)."""
    if not DIRECTORY_URLS:
        return posixpath.dirname(src_uri)
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index" or stem.endswith("/index"):
        stem = stem[:-5].rstrip("/")
    return stem


def _relpath(target: str, start: str) -> str:
    """posixpath.relpath for two paths relative to the site root, without asking the system for the
    current directory at each of the tens of thousands of links of a large guide."""
    target_parts = [part for part in target.split("/") if part not in ("", ".")]
    start_parts = [part for part in start.split("/") if part not in ("", ".")]
    common = 0
    while common < min(len(target_parts), len(start_parts)) and target_parts[common] == start_parts[common]:
        common += 1
    parts = [".."] * (len(start_parts) - common) + target_parts[common:]
    return "/".join(parts) or "."


def href(from_src: str, to_src: str, anchor: str = "") -> str:
    """Link from one page to another page (by source path) or to a site file (any other path)."""
    start = page_dir(from_src) or "."
    if to_src.endswith(".md") and not DIRECTORY_URLS:
        relative = _relpath(to_src[:-3] + ".html", start)
    elif to_src.endswith(".md"):
        target = page_dir(to_src)
        relative = _relpath(target or ".", start)
        relative = "./" if relative == "." else relative + "/"
    else:
        relative = _relpath(to_src, start)
    return relative + (f"#{anchor}" if anchor else "")


def markdown_link(from_src: str, to_src: str) -> str:
    """Target of a Markdown link between source files, which MkDocs checks and rewrites itself."""
    return _relpath(to_src, posixpath.dirname(from_src) or ".")
