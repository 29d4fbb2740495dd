"""Reference pages, site search, and the read API used by moderation."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from factories import make_thread

from reference import services
from reference.importer.topics import ALL_TOPICS
from reference.models import Statement, Topic
from reference.selectors import (
    ReferenceHit,
    anchor_choices,
    facts_by_key,
    search_reference,
)

pytestmark = pytest.mark.django_db
TITLE_002 = "Baclofen: What It Does and How to Use It Safely"
TITLE_003 = "An Overview of Baclofen – Uses, Side Effects, and Patient Safety"
TITLE_004 = ("Baclofen: Uses, Side Effects, Warnings, Precautions, Interactions, and Overdose "
             "Management")


def get_page(client, slug) -> str:
    response = client.get(reverse("reference:topic", args=[slug]))
    assert response.status_code == 200
    return response.content.decode()


def test_index_lists_every_topic_sources_facts_and_the_disclaimer(client, imported):
    html = client.get(reverse("reference:index")).content.decode()
    for topic in Topic.objects.all():
        assert topic.get_absolute_url() in html
    assert TITLE_004 in html
    assert 'class="ref-disclaimer"' in html and "Not medical advice" in html
    assert "5 mg three times a day" in html  # key facts, linked to their anchors
    assert "/reference/dosage/#titration" in html


def test_every_topic_page_renders_with_toc_sources_and_disclaimer(client, imported):
    for spec in ALL_TOPICS:
        html = get_page(client, spec.slug)
        assert '<nav class="toc" aria-labelledby="toc-heading">' in html
        assert 'id="sources"' in html and "<cite>" in html
        assert 'class="ref-disclaimer"' in html
        for anchor in re.findall(r'<a href="#([\w-]+)">', html):
            assert f'id="{anchor}"' in html, (spec.slug, anchor)


def test_unknown_topic_is_404(client, imported):
    assert client.get(reverse("reference:topic", args=["no-such-topic"])).status_code == 404


def test_no_page_contains_boilerplate(client, imported):
    for spec in ALL_TOPICS:
        html = get_page(client, spec.slug)
        for furniture in ("Price:", "See also", "Leave a Comment", "Baclo-fen", "Read more",
                          "Active Ingredient", "Tags:", "Cameron Perry"):
            assert furniture not in html, (spec.slug, furniture)


def test_topic_pages_cover_the_required_subjects(client, imported):
    dosage = get_page(client, "dosage")
    for anchor in ("titration", "intrathecal-pump", "children", "older-adults", "kidney-problems"):
        assert f'id="{anchor}"' in dosage
    side_effects = get_page(client, "side-effects")
    for anchor in ("common-side-effects", "less-common-side-effects", "serious-side-effects",
                   "mood-and-sleep"):
        assert f'id="{anchor}"' in side_effects
    interactions = get_page(client, "interactions")
    for word in ("Alcohol", "Opioids", "Benzodiazepines", "Sleep aids", "ACE inhibitors",
                 "SSRIs", "Valerian root"):
        assert word in interactions
    uses = get_page(client, "uses")
    assert 'id="off-label-uses"' in uses and "off-label" in uses


def test_the_repaired_table_renders_as_a_real_table(client, imported):
    html = get_page(client, "what-is-baclofen")
    assert '<th scope="col">Aspect</th><th scope="col">Details</th>' in html
    assert '<th scope="row">Class</th><td>Skeletal muscle relaxant</td>' in html
    assert "AspectDetails" not in html and "ClassSkeletal" not in html


def test_faq_page_shows_question_answer_pairs_with_merged_questions(client, imported):
    html = get_page(client, "faq")
    assert "<h3>Is Baclofen a painkiller?</h3>" in html
    assert "No, this is not a painkiller." in html
    # 000 and 004 both ask about common side effects: one entry, both answers, both sources.
    assert html.count("What are the common physical side effects of Baclofen?") == 1
    assert "Asked as “What are the common side effects of Baclofen?”" in html


def test_merged_statement_names_every_document_that_states_it(client, imported):
    html = get_page(client, "side-effects")
    assert re.search(r"Drowsiness</th><td>listed by [45] documents", html)
    assert "Stated by 2 documents" in html
    statement = Statement.objects.get(text="It belongs to a class of drugs known as muscle "
                                           "relaxants.")
    assert statement.sources.count() == 2
    overview = get_page(client, "what-is-baclofen")
    assert f'id="{statement.anchor}"' in overview
    assert TITLE_003 in overview


def test_disagreements_are_shown_side_by_side_with_sources(client, imported):
    html = get_page(client, "what-is-baclofen")
    section = html.split('id="gaba-receptors"')[1].split("</section>")[0]
    assert "The documents disagree." in section
    assert "Acts on (or mimics) GABA at GABA receptors" in section
    assert "Acts on GABA-B receptors" in section
    assert "does not act on GABA receptors the way GABA does" in section
    assert TITLE_003 in section and TITLE_004 in section
    pain = get_page(client, "uses").split('id="pain-relief"')[1].split("</section>")[0]
    assert "Blocks nerve impulses (pain sensations)" in pain
    assert "Not a painkiller; may ease pain indirectly" in pain
    assert "Reduces or relieves pain" in pain
    assert TITLE_002 in pain and TITLE_004 in pain


def test_disputed_statements_link_to_the_comparison(client, imported):
    html = get_page(client, "what-is-baclofen")
    assert 'href="/reference/what-is-baclofen/#gaba-receptors">(sources disagree)' in html


def test_correction_is_shown_as_edited_by_staff(client, imported, seeds_dir):
    statement = Statement.objects.get(text="Do not stop baclofen suddenly.")
    services.statement_correct(statement=statement, text="Never stop baclofen on your own.",
                               user=None)
    services.reference_import(directory=seeds_dir)
    html = get_page(client, "stopping-and-withdrawal")
    assert "Never stop baclofen on your own. <em class=\"edited-mark\">(edited by staff)</em>" in html
    assert "Do not stop baclofen suddenly." not in html


def test_topic_page_query_count_is_bounded(client, imported, django_assert_max_num_queries):
    make_thread(title="Drowsiness on baclofen", body="Side effects in week one")
    with django_assert_max_num_queries(15):
        get_page(client, "side-effects")
    with django_assert_max_num_queries(10):
        client.get(reverse("reference:index"))


def test_related_discussions_list_forum_threads_about_the_topic(client, imported):
    thread = make_thread(title="Missed dose last night", body="Should I take two now?",
                         category_slug="side-effects")
    html = get_page(client, "missed-dose")
    assert thread.get_absolute_url() in html
    assert "Missed dose last night" in html
    assert "Missed dose last night" not in get_page(client, "alternatives")


def test_search_reference_ranks_headings_first_and_links_anchors(imported):
    hits = search_reference("withdrawal symptoms")
    assert hits and all(isinstance(hit, ReferenceHit) for hit in hits)
    assert hits[0].url == "/reference/stopping-and-withdrawal/#withdrawal-symptoms"
    assert hits[0].title == "Stopping baclofen and withdrawal – Withdrawal symptoms"
    body_hit = search_reference("zolpidem")[0]
    assert body_hit.url.startswith("/reference/interactions/#s-")
    assert "zolpidem" in body_hit.snippet and "<" not in body_hit.snippet
    assert len(search_reference("baclofen", limit=3)) == 3
    assert search_reference("") == [] and search_reference("qqqzzz") == []
    assert search_reference("alcohol opioids")  # every word, when the phrase is not found


def test_site_search_shows_reference_hits(client, imported):
    response = client.get(reverse("forum:search"), {"q": "intrathecal"})
    assert response.status_code == 200
    assert "/reference/dosage/#intrathecal-pump" in response.content.decode()


def test_facts_by_key_gives_values_passages_sources_and_anchor(imported):
    facts = facts_by_key()
    assert set(facts) == {"starting-dose", "titration", "oral-maximum", "no-abrupt-stop",
                          "withdrawal-symptoms", "missed-dose", "interactions",
                          "overdose-signs", "kidney-dosing"}
    assert facts["starting-dose"].value == Decimal("5")
    assert facts["titration"].value == Decimal("3") and facts["titration"].unit == "days"
    assert facts["oral-maximum"].value == Decimal("80")
    assert facts["oral-maximum"].unit == "mg/day"
    assert "maximum of 80 mg/day" in facts["oral-maximum"].passage
    assert facts["no-abrupt-stop"].get_absolute_url() == (
        "/reference/stopping-and-withdrawal/#never-stop-abruptly")
    assert facts["missed-dose"].get_absolute_url() == "/reference/missed-dose/#what-to-do"
    assert facts["overdose-signs"].get_absolute_url() == "/reference/overdose/#overdose-signs"
    assert TITLE_004 in {d.title for d in facts["interactions"].documents.all()}
    for fact in facts.values():
        assert fact.summary and fact.passage and fact.evidence


def test_fact_anchor_exists_on_its_page(client, imported):
    for fact in facts_by_key().values():
        path, anchor = fact.get_absolute_url().split("#")
        assert f'id="{anchor}"' in client.get(path).content.decode(), fact.key


def test_anchor_choices_cover_every_rendered_section(client, imported):
    choices = dict(anchor_choices())
    assert choices["/reference/side-effects/#common-side-effects"] == (
        "Side effects – Common side effects")
    assert "/reference/what-is-baclofen/#gaba-receptors" in choices
    for url in list(choices)[:10]:
        path, anchor = url.split("#")
        assert f'id="{anchor}"' in client.get(path).content.decode()
