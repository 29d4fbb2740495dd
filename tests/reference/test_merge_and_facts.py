"""Merging near-duplicates, grouping disagreements, and finding the key facts in the text."""

from dataclasses import replace

import pytest

from reference.importer.facts import FACT_KEYS, extract_facts
from reference.importer.merge import (
    classify_dispute,
    consensus,
    consensus_for,
    merge_passages,
    near_duplicates,
)
from reference.importer.topics import Passage, route

DOC_000, DOC_002, DOC_003, DOC_004 = (
    "000_b09449ff368c2449.txt", "002_8f02bc143e2990e9.txt", "003_3cc443c37154d853.txt",
    "004_de4bb96e807911e8.txt")


def passage(text, document="a.txt", position=0, topic="side-effects",
            section="common-side-effects", kind="sentence", **data):
    return Passage(document, kind, text, position, 0, "", topic, section, data)


def test_near_identical_statements_from_two_documents_merge_into_one_with_both_sources():
    a = passage("It belongs to a class of drugs known as muscle relaxants.", "a.txt")
    b = passage("Baclofen belongs to the class of medications known as muscle relaxants.", "b.txt")
    [merged] = merge_passages([a, b])
    assert merged.documents == ["a.txt", "b.txt"]
    assert merged.text == a.text


def test_different_statements_stay_apart():
    a = passage("Baclofen may cause constipation.")
    b = passage("Stopping baclofen suddenly can cause seizures.", "b.txt")
    assert len(merge_passages([a, b])) == 2


def test_short_items_merge_only_when_identical_and_on_the_same_page_section():
    side_effect = passage("Seizures", kind="list_item", section="serious-side-effects")
    overdose = passage("Seizures", "b.txt", kind="list_item", topic="overdose",
                       section="overdose-signs")
    assert not near_duplicates(side_effect, overdose)
    assert near_duplicates(side_effect, replace(overdose, topic="side-effects",
                                                section="serious-side-effects"))


def test_faq_pairs_merge_by_question():
    a = passage("q a", kind="faq", topic="faq", section="side-effects",
                question="What are the common physical side effects of Baclofen?", answer="x")
    b = passage("q b", "b.txt", kind="faq", topic="faq", section="side-effects",
                question="What are the common side effects of Baclofen?", answer="y")
    [merged] = merge_passages([a, b])
    assert len(merged.passages) == 2


def test_seed_documents_merge_real_duplicates(seed_passages):
    merged = merge_passages(seed_passages)
    multi = [m for m in merged if len(m.documents) > 1]
    texts = [m.text for m in multi]
    assert "It belongs to a class of drugs known as muscle relaxants." in texts
    assert len(merged) < len(seed_passages)


def test_drowsiness_is_listed_as_a_common_side_effect_by_every_document_that_says_so(seed_passages):
    common = [p for p in seed_passages if (p.topic, p.section) == ("side-effects",
                                                                   "common-side-effects")]
    spec = consensus_for("side-effects", "common-side-effects")
    listed = dict(consensus(spec, [(p.text, [p.document]) for p in common]))
    assert len(listed["Drowsiness"]) >= 4
    assert {DOC_000, DOC_002, DOC_004} <= set(listed["Drowsiness"])
    assert next(iter(listed)) in {"Drowsiness", "Dizziness"}  # most widely listed first


@pytest.mark.parametrize("text, expected", [
    ("Baclofen binds to GABA receptors in the brain and spinal cord.",
     ("gaba-receptors", "gaba-receptors")),
    ("This medication acts primarily on GABA-B receptors in the spinal cord.",
     ("gaba-receptors", "gaba-b")),
    ("However, This medication does not work on GABA receptors directly in the same way GABA "
     "does.", ("gaba-receptors", "not-directly")),
    ("It works by helping to block nerve impulses (pain sensations) that are sent to your brain.",
     ("pain-relief", "blocks-pain-signals")),
    ("No, this is not a painkiller. However, by reducing muscle spasms, it can indirectly relieve "
     "pain.", ("pain-relief", "not-a-painkiller")),
    ("It relaxes muscles so people move easier, sleep better, and have less pain from cramps.",
     ("pain-relief", "relieves-pain")),
    ("These spasms can be extremely painful and disabling.", None),
    ("Common side effects include drowsiness.", None),
])
def test_disputed_subjects_are_recognised_by_declared_stances(text, expected):
    assert classify_dispute(text) == expected


def test_seed_documents_disagree_on_gaba_and_pain(seed_passages):
    stances: dict[str, set[tuple[str, str]]] = {}
    for p in seed_passages:
        found = classify_dispute(p.data.get("answer", p.text))
        if found:
            stances.setdefault(found[0], set()).add((found[1], p.document))
    assert ("gaba-receptors", DOC_003) in stances["gaba-receptors"]
    assert ("not-directly", DOC_004) in stances["gaba-receptors"]
    assert ("gaba-b", DOC_004) in stances["gaba-receptors"]
    assert {s for s, _ in stances["pain-relief"]} >= {"blocks-pain-signals", "not-a-painkiller",
                                                      "relieves-pain"}


@pytest.mark.parametrize("text, heading, kind, expected", [
    ("Drowsiness", "Common Side Effects", "list_item", ("side-effects", "common-side-effects")),
    ("Increased urinary frequency", "Less Common Side Effects", "list_item",
     ("side-effects", "less-common-side-effects")),
    ("Do not stop baclofen suddenly.", "Practical tips, side effects, and withdrawal", "sentence",
     ("stopping-and-withdrawal", "never-stop-abruptly")),
    ("Avoid alcohol and other sedatives like benzodiazepines or opioids.", "Practical tips",
     "sentence", ("interactions", "alcohol-and-sedatives")),
    ("Pediatrics: Adjusted dose based on weight and response.", "Special Populations",
     "list_item", ("dosage", "children")),
    ("Agitation", "Withdrawal Syndrome", "list_item",
     ("stopping-and-withdrawal", "withdrawal-symptoms")),
])
def test_passages_are_routed_to_their_page_and_section(text, heading, kind, expected):
    assert route(text, kind=kind, heading=heading) == expected


def test_every_key_fact_is_found_in_the_documents(seed_passages):
    facts, missing = extract_facts(seed_passages)
    assert missing == [], f"facts no longer found in the documents: {missing}"
    assert set(facts) == set(FACT_KEYS) == {
        "starting-dose", "titration", "oral-maximum", "no-abrupt-stop", "withdrawal-symptoms",
        "missed-dose", "interactions", "overdose-signs", "kidney-dosing"}


def test_numeric_facts_carry_their_values_and_exact_passages(seed_passages):
    facts, _ = extract_facts(seed_passages)
    assert facts["starting-dose"].value == 5
    assert "5 mg" in facts["starting-dose"].primary.text
    assert {DOC_002, DOC_004} <= set(facts["starting-dose"].documents)
    assert facts["titration"].value == 3
    assert "every 3 days" in facts["titration"].primary.text
    assert facts["oral-maximum"].value == 80
    assert "maximum of 80 mg/day" in facts["oral-maximum"].primary.text
    for fact in facts.values():
        assert any(fact.primary.text == p.text for p in seed_passages)  # verbatim


def test_safety_facts_quote_the_documents(seed_passages):
    facts, _ = extract_facts(seed_passages)
    assert facts["no-abrupt-stop"].primary.text == "Do not stop baclofen suddenly."
    assert any("Taper the dose gradually under medical supervision" in p.text
               for p in facts["no-abrupt-stop"].passages)
    assert {"seizures", "hallucinations"} <= set(facts["withdrawal-symptoms"].terms)
    assert "double" in facts["missed-dose"].primary.text
    assert {"alcohol", "opioids", "benzodiazepines", "sleep aids", "antihypertensives",
            "antidepressants", "herbal supplements"} <= set(facts["interactions"].terms)
    assert any("immediately" in p.text for p in facts["overdose-signs"].passages)
    assert "coma" in facts["overdose-signs"].terms
    assert "kidney" in facts["kidney-dosing"].primary.text.lower()


def test_a_fact_that_is_no_longer_stated_is_reported_missing(seed_passages):
    edited = [replace(p, text=p.text.replace("double", "repeat"),
                      data={**p.data, "answer": p.data.get("answer", "").replace("double", "x")})
              for p in seed_passages]
    facts, missing = extract_facts(edited)
    assert missing == ["missed-dose"]
    assert "missed-dose" not in facts
