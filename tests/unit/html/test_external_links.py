"""Links to other sites in the hand-written pages get rel="noopener noreferrer"; links within the site not."""
import markdown

from macros.html.external_links import ExternalLinks


def test_only_links_to_other_sites_get_noopener():
    html = markdown.markdown("[a](https://exemple.org) [b](../x/) [c](//cdn.exemple.org/x) [d](mailto:a@b.fr)",
                             extensions=[ExternalLinks()])
    assert html == ('<p><a href="https://exemple.org" rel="noopener noreferrer">a</a> <a href="../x/">b</a> '
                    '<a href="//cdn.exemple.org/x" rel="noopener noreferrer">c</a> <a href="mailto:a@b.fr">d</a></p>')
