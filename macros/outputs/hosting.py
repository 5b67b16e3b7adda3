"""The files a static host reads beside the pages, for one edition's folder.

A host serves its own 404 page (the site root's 404.html) for any address it does not have, the English
edition's included: only a rule tells it that a missing /en/… address has the English page, en/404.html.
Three hosts' rules are written here, each harmless where it is not read:
- `_headers` (Netlify, Cloudflare Pages): the pages' Content-Security-Policy as an HTTP header, with what
  only a header can say (frame-ancestors);
- `_redirects` (Netlify), at the root: each other edition's missing addresses get that edition's 404 page
  (Cloudflare Pages finds the nearest 404.html by itself);
- `.htaccess` (Apache, with AllowOverride): each edition's folder names its own 404 page.
nginx, Caddy and the others read a configuration of their own: the README, « Héberger le guide », gives it.
Hosts with one error page for the whole site (GitHub Pages, GitLab Pages, a bucket) serve the French one,
which leads to the English edition in English.
"""
from macros.addresses import EDITIONS, home_path


def files(language: str, site_url: str, policy: str) -> dict[str, str]:
    """{file name: text} for the folder of `language`'s edition, whose home is at `site_url`."""
    home = home_path(site_url)
    written = {"_headers": f"/*\n  Content-Security-Policy: {policy}\n",
               ".htaccess": f"ErrorDocument 404 {home}404.html\n"}
    if language == "fr":        # the root edition: the others are in its folders
        written["_redirects"] = "".join(f"{home}{folder}*  {home}{folder}404.html  404\n"
                                        for folder in EDITIONS.values() if folder)
    return written
