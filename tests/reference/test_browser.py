"""In a real browser: the index, a topic page, and a table-of-contents anchor link."""

import os

import pytest
from django.urls import reverse

from reference import services

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_reader_opens_the_index_a_topic_and_jumps_to_a_section(live_server, page, seeds_dir):
    services.reference_import(directory=seeds_dir)

    page.goto(live_server.url + reverse("reference:index"))
    assert page.locator("h1").inner_text() == "Baclofen reference"
    assert page.get_by_role("note", name="Medical disclaimer").is_visible()

    page.get_by_role("link", name="Side effects", exact=True).click()
    page.wait_for_url("**/reference/side-effects/")
    assert page.locator("h1").inner_text() == "Side effects"
    toc = page.get_by_role("navigation", name="On this page")
    assert toc.is_visible()

    toc.get_by_role("link", name="Serious side effects").click()
    page.wait_for_url("**/reference/side-effects/#serious-side-effects")
    heading = page.locator("#serious-side-effects")
    assert heading.is_visible()
    page.wait_for_function(
        "() => { const r = document.getElementById('serious-side-effects')"
        ".getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }")
    # The table rows repaired from the flattened summary table are real table cells.
    page.goto(live_server.url + "/reference/what-is-baclofen/#at-a-glance")
    cell = page.get_by_role("rowheader", name="Class")
    assert cell.is_visible()
