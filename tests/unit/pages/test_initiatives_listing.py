"""The pages of the initiatives index: 12 case studies by 5 give 3 pages; the page nav of a long index keeps
the first, the last and the nearby pages, a gap between."""
from macros.pages.initiatives_listing import Link, listing_pages


def test_twelve_case_studies_by_five_make_three_pages():
    pages = listing_pages([f"cas-{n}" for n in range(1, 13)], page_size=5)
    assert [(p.number, p.src_uri, p.first, p.last, p.initiatives[0]) for p in pages] == [
        (1, "initiatives/index.md", 1, 5, "cas-1"),
        (2, "initiatives/page/2.md", 6, 10, "cas-6"),
        (3, "initiatives/page/3.md", 11, 12, "cas-11")]
    assert pages[0].previous is None and pages[0].next == Link(2, "initiatives/page/2.md")
    assert pages[2].previous == Link(2, "initiatives/page/2.md") and pages[2].next is None


def test_no_case_study_is_still_one_page():
    [only] = listing_pages([])
    assert (only.src_uri, only.count) == ("initiatives/index.md", 1)


def test_a_long_page_nav_keeps_the_first_the_last_and_the_nearby_pages():
    page_10 = listing_pages(list(range(20 * 5)), page_size=5)[9]
    assert [link.number if link else "…" for link in page_10.links()] == [1, "…", 8, 9, 10, 11, 12, "…", 20]
