"""The importer recovers each document's structure and drops what is not reference content."""

import pytest

from reference.importer.boilerplate import normalise_text
from reference.importer.parse import is_heading, parse_document, split_sentences

DOC_000, DOC_001, DOC_002, DOC_003, DOC_004 = (
    "000_b09449ff368c2449.txt", "001_f8e60ad6e50877cf.txt", "002_8f02bc143e2990e9.txt",
    "003_3cc443c37154d853.txt", "004_de4bb96e807911e8.txt")


def all_text(document) -> str:
    parts = []
    for block in document.blocks:
        parts += [block.text, block.intro, block.question, block.answer]
        parts += [item.text for item in block.items]
        parts += [child for item in block.items for child in item.children]
        parts += [cell for row in [block.header, *block.rows] for cell in row]
    return "\n".join(parts)


def test_each_document_gets_its_title(parsed):
    assert parsed[DOC_000].title == "A Comprehensive Guide to Understanding Baclofen Side Effects"
    assert parsed[DOC_001].title == "Introduction to Baclofen"
    assert parsed[DOC_002].title == "Baclofen: What It Does and How to Use It Safely"
    assert parsed[DOC_003].title.startswith("An Overview of Baclofen")
    assert parsed[DOC_004].title.startswith("Baclofen: Uses, Side Effects, Warnings")


def test_000_headings_numbered_list_with_odd_bullets_and_faq_pairs(parsed):
    doc = parsed[DOC_000]
    assert "Common physical side effects of Baclofen" in doc.headings
    assert "What is Baclofen and how does it work?" in doc.headings  # a question heading
    [steps] = doc.of_kind("list")
    assert [item.number for item in steps.items] == [1, 2, 3]
    assert steps.items[2].text == "Lifestyle adjustments:"
    assert [c.split(":")[0] for c in steps.items[2].children] == ["Diet and exercise",
                                                                  "Stress management"]
    faqs = doc.of_kind("faq")
    assert len(faqs) == 7
    assert faqs[1].question == "What are the common physical side effects of Baclofen?"
    assert faqs[1].answer.startswith("Common physical side effects of Baclofen may include")


def test_000_share_buttons_comment_form_and_sidebar_are_dropped(parsed):
    doc = parsed[DOC_000]
    text = all_text(doc)
    for furniture in ("Facebook", "Pinterest", "Leave a Comment", "Your email address",
                      "sticky sidebar"):
        assert furniture not in text
    reasons = {d.reason for d in doc.dropped}
    assert {"share button", "comment form", "site furniture"} <= reasons


def test_001_reader_comments_are_not_reference_content(parsed):
    doc = parsed[DOC_001]
    assert len(doc.comments) == 18
    assert doc.comments[0].posted == "June 29, 2023 AT 11:21"
    assert doc.comments[0].text.startswith("I've been on baclofen for my MS spasms")
    text = all_text(doc)
    assert "cold turkey" not in text and "Big Pharma" not in text and "AT 11:21" not in text
    assert doc.headings[-1] == "Withdrawal Symptoms and Managing Overdose"
    assert len(doc.headings) == 7


def test_002_has_two_section_headings_and_no_related_article_teaser(parsed):
    doc = parsed[DOC_002]
    assert doc.headings == ["How baclofen works and who takes it",
                            "Practical tips, side effects, and withdrawal"]
    text = all_text(doc)
    assert "Read more" not in text and "Personal Experiences" not in text
    assert any(d.reason == "related-article teaser" for d in doc.dropped)


def test_003_shop_blocks_see_also_tags_and_dangling_lead_ins_are_dropped(parsed):
    doc = parsed[DOC_003]
    text = all_text(doc)
    for furniture in ("Price:", "Doses:", "Active Ingredient", "See also", "Category:", "Tags:",
                      "sources such as:", "following authoritative sources"):
        assert furniture not in text
    assert sum(d.reason == "shop block" for d in doc.dropped) == 9
    assert sum(d.reason == "dangling lead-in" for d in doc.dropped) == 3


def test_003_numbered_and_colon_headings_and_bulleted_lists(parsed):
    doc = parsed[DOC_003]
    assert "6. Potential drug interactions with Baclofen" in doc.headings
    assert "7. Potential side effects of Baclofen" in doc.headings
    assert "Potential Effects on Sleep:" in doc.headings
    conditions = next(b for b in doc.of_kind("list") if b.intro == "Some of these conditions include:")
    assert [i.text for i in conditions.items] == ["Multiple sclerosis (MS)", "Spinal cord injuries",
                                                  "Cerebral palsy"]
    interactions = next(b for b in doc.of_kind("list")
                        if b.heading == "6. Potential drug interactions with Baclofen")
    assert interactions.ordered and len(interactions.items) == 4


def test_004_summary_table_is_repaired_into_rows_and_cells(parsed):
    [table] = parsed[DOC_004].of_kind("table")
    assert table.header == ["Aspect", "Details"]
    assert table.rows[0] == ["Class", "Skeletal muscle relaxant"]
    assert table.rows[1][0] == "Used For"
    assert ["Missed Dose Advice", "Take promptly or skip; never double dose"] in table.rows
    assert len(table.rows) == 9


def test_004_lists_nested_items_faq_and_empty_heading(parsed):
    doc = parsed[DOC_004]
    common = next(b for b in doc.of_kind("list") if b.heading == "Common Side Effects")
    assert [i.text for i in common.items][:3] == ["Drowsiness", "Dizziness", "Weakness"]
    management = next(b for b in doc.of_kind("list") if b.heading == "Management of Overdose")
    assert management.items[1].text == "Supportive Treatment"
    assert management.items[1].children[0] == "Airway protection"
    assert len(doc.of_kind("faq")) == 15
    # "Neurological Disorders / Caution in patients with:" has an empty list: nothing is kept.
    assert "Neurological Disorders" not in doc.headings
    assert "Disclaimer" not in doc.headings  # the site shows its own disclaimer


def test_baclo_fen_is_normalised_everywhere(parsed):
    for doc in parsed.values():
        assert "Baclo-fen" not in all_text(doc)
    assert normalise_text("Baclo-fen and baclo-fen") == "Baclofen and baclofen"


def test_no_document_keeps_boilerplate(parsed):
    for doc in parsed.values():
        text = all_text(doc)
        for furniture in ("Price:", "See also", "Leave a Comment", "Baclo-fen", "Read more"):
            assert furniture not in text, (doc.name, furniture)


@pytest.mark.parametrize("line, expected", [
    ("Common Side Effects", True),
    ("6. Potential drug interactions with Baclofen", True),
    ("Is Baclofen a painkiller?", True),
    ("Potential Effects on Sleep:", True),
    ("Caution in patients with:", False),
    ("Recommendation: Taper the dose gradually under medical supervision.", False),
    ("1. Communication with your doctor: One of the most important steps in managing Baclofen "
     "side effects is to maintain open and honest communication.", False),
])
def test_heading_detection(line, expected):
    assert is_heading(line) is expected


def test_sentences_do_not_split_on_abbreviations():
    text = "Approved by the U.S. Food and Drug Administration. Benzodiazepines (e.g., diazepam) too."
    assert split_sentences(text) == ["Approved by the U.S. Food and Drug Administration.",
                                     "Benzodiazepines (e.g., diazepam) too."]


def test_odd_bullets_and_spacing_are_normalised():
    doc = parse_document("x.txt", "Title\n\nTips\n\n  •   Drink   water\n  ▪ Rest\u00a0well\n")
    [tips] = doc.of_kind("list")
    assert [i.text for i in tips.items] == ["Drink water", "Rest well"]
