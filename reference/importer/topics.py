"""The reference pages, their sections, and which page/section each passage belongs to.

Topics and sections are declared here (stable slugs = stable URLs and anchors). A passage is
routed by scoring every section: its own heading rule against the passage's source heading, its
text rule against the passage text. List items and table rows trust their heading most; prose
sentences trust their words most. Catch-all sections score at half strength.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .parse import ParsedDocument, split_sentences


def _rx(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.I) if pattern else None


@dataclass(frozen=True)
class SectionSpec:
    slug: str
    heading: str
    heading_rule: re.Pattern[str] | None = None
    text_rule: re.Pattern[str] | None = None
    text_weight: int = 3
    strength: float = 1.0


@dataclass(frozen=True)
class TopicSpec:
    slug: str
    title: str
    summary: str
    keywords: tuple[str, ...]
    sections: tuple[SectionSpec, ...] = field(default_factory=tuple)

    def section(self, slug: str) -> SectionSpec:
        return next(section for section in self.sections if section.slug == slug)


def S(slug: str, heading: str, h: str | None = None, t: str | None = None, *, weight: int = 3,
      strength: float = 1.0) -> SectionSpec:
    return SectionSpec(slug, heading, _rx(h), _rx(t), weight, strength)


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec(
        "what-is-baclofen", "What baclofen is and how it works",
        "The kind of medicine baclofen is and how it acts on nerves and muscles.",
        ("what is baclofen", "how baclofen works", "muscle relaxant", "GABA", "mechanism"),
        (
            S("overview", "What baclofen is",
              r"^what is baclofen|^introduction|^understanding baclofen:|key takeaways"
              r"|final thoughts|concluding",
              r"\b(is|belongs to)\b.{0,40}\b(muscle relaxant|medication|medicine|antispasmodic)"
              r"|classified as|approved by|prescription (drug|medication)"),
            S("how-it-works", "How it works",
              r"how (it|baclofen) works|mechanism|how does (baclofen|it) work",
              r"\bworks? by\b|mechanism|\bGABA\b|neurotransmitter|nerve (signals|impulses|activity)"
              r"|acts on|spinal level|begins working|therapeutic effects"),
            S("at-a-glance", "Baclofen at a glance", r"summary table|at a glance"),
        ),
    ),
    TopicSpec(
        "uses", "Uses, including off-label uses",
        "The conditions baclofen is prescribed for, the off-label uses the documents mention, "
        "and what it can and cannot do.",
        ("spasticity", "multiple sclerosis", "spinal cord injury", "cerebral palsy", "off-label",
         "what is baclofen used for"),
        (
            S("off-label-uses", "Off-label and other uses", None,
              r"off-label|trigeminal|alcohol use disorder|hiccups|for anxiety|anxiety treatment"
              r"|fibromyalgia|neuropathic", weight=7),
            S("conditions", "Conditions it is prescribed for",
              r"\buses\b|conditions treated|used for|who takes",
              r"\b(used|prescribed)\b.{0,30}\b(treat|for|reduce)|multiple sclerosis"
              r"|spinal cord injur|cerebral palsy"),
            S("what-it-can-do", "What it can and cannot do", None,
              r"doesn't cure|does not cure|improve (muscle movement|functionality)"
              r"|quality of life for|move easier|meaningful relief|can be an effective"),
        ),
    ),
    TopicSpec(
        "dosage", "Dosage and titration",
        "Starting doses, how the dose is increased, the intrathecal pump, and doses for "
        "children, older adults and people with kidney problems.",
        ("dose", "dosage", "titration", "mg", "intrathecal", "pump"),
        (
            S("titration", "Starting dose and titration", r"oral form",
              r"titrat|increase[sd]? gradually|gradual increases|every (\d+|few|three) days"
              r"|maximum of|starting dose|total daily dose", weight=5),
            S("intrathecal-pump", "Intrathecal pump", r"intrathecal",
              r"intrathecal|\bpumps?\b|spinal fluid|surgical implantation|test dosing", weight=5),
            S("children", "Children", r"pediatric", r"pediatric|paediatric|\bchildren\b",
              weight=4),
            S("older-adults", "Older adults", None,
              r"(elderly|older)\b.{0,40}\bdoses?\b", weight=4),
            S("kidney-problems", "Kidney problems", r"renal impairment|kidney",
              r"(kidney|renal)\b.{0,60}\b(dos|lower)|\b(dos\w*|lower)\b.{0,60}(kidney|renal)",
              weight=5),
            S("oral-tablets", "Taking the tablets", r"dosage|how to (properly )?use|oral",
              r"by mouth|oral tablets|\d+ ?mg\b|times (a day|daily)|daily dose|milligrams"
              r"|exactly as prescribed|do not increase your dose|as directed by"),
        ),
    ),
    TopicSpec(
        "side-effects", "Side effects",
        "Common, less common and serious side effects, and effects on mood and sleep.",
        ("side effect", "side effects", "drowsiness", "dizziness", "weakness", "drowsy",
         "tired"),
        (
            S("common-side-effects", "Common side effects",
              r"^common|^(some )?common (physical )?side effects|risk of drowsiness",
              r"(?<!less )common (physical )?side effects?|\bmost common\b"),
            S("less-common-side-effects", "Less common side effects",
              r"less common|gastrointestinal|muscle weakness",
              r"less common|dry mouth|increased urination|gastrointestinal|diarrh|urinary"
              r"|other physical side effects|muscle weakness"),
            S("serious-side-effects", "Serious side effects",
              r"serious|\brare\b|allergic",
              r"serious side effects?|rare but serious|allergic reaction|seizure activity"
              r"|psychiatric symptoms|hives|difficulty breathing"),
            S("mood-and-sleep", "Effects on mood and sleep",
              r"mental health|mood|sleep|circadian|cognitive",
              r"\bmood\b|mental health|\bsleep|insomnia|circadian|sedation|cognitive"),
            S("about-side-effects", "About side effects", r"side effects",
              r"side effects?|adverse (effects|reactions)", strength=0.5),
        ),
    ),
    TopicSpec(
        "warnings", "Warnings and precautions",
        "What to tell your doctor before starting, and who needs extra care.",
        ("warning", "precaution", "pregnancy", "breastfeeding", "kidney", "driving"),
        (
            S("before-you-start", "Before you start", r"precautions when",
              r"inform your doctor|tell your (doctor|provider)|allergic to baclofen"
              r"|medical history", weight=4),
            S("kidney-problems", "Kidney problems", r"renal|kidney",
              r"kidney|renal|excreted by"),
            S("pregnancy-and-breastfeeding", "Pregnancy and breastfeeding",
              r"pregnan|lactation", r"pregnan|breast|lactation|unborn"),
            S("older-adults", "Older adults", r"\belderly\b|\bolder\b", r"\belderly\b|\bolder adults"),
            S("driving-and-alertness", "Driving and alertness", r"driving|machinery",
              r"\bdriv(e|ing)\b|machinery|alertness", weight=4),
            S("dependence", "Dependence", None, r"addict|dependence|\babuse\b"),
            S("general-precautions", "Other precautions", r"warnings|precautions",
              r"caution|supervision|precaution", strength=0.5),
        ),
    ),
    TopicSpec(
        "stopping-and-withdrawal", "Stopping baclofen and withdrawal",
        "Why baclofen must never be stopped abruptly, how it is tapered, and the withdrawal "
        "symptoms.",
        ("withdrawal", "stop baclofen", "stopping", "cold turkey", "taper", "quit"),
        (
            S("withdrawal-symptoms", "Withdrawal symptoms", r"withdrawal (syndrome|symptoms)",
              r"withdrawal (symptoms?|effects|syndrome)|withdrawal can cause"),
            S("never-stop-abruptly", "Never stop abruptly: taper", None,
              r"\bstop(ping|ped)?\b.{0,30}\b(suddenly|abruptly)|\babrupt(ly)?\b|cold turkey"
              r"|\btaper|lower (your|the) dose (gradually|slowly)|discontinued abruptly", weight=4),
        ),
    ),
    TopicSpec(
        "interactions", "Interactions",
        "Alcohol, opioids, benzodiazepines, sleep aids, blood pressure medicines, "
        "antidepressants and herbal supplements.",
        ("interaction", "interact", "alcohol", "opioid", "benzodiazepine", "gabapentin",
         "sleeping pill", "antidepressant"),
        (
            S("alcohol-and-sedatives", "Alcohol, opioids, benzodiazepines and sleep aids",
              r"cns depressants|alcohol and sedatives",
              r"alcohol|opioid|benzodiazepine|sedatives|sleep aid|zolpidem|diazepam"
              r"|CNS depressant|central nervous system depressant", weight=4),
            S("antihypertensives", "Blood pressure medicines (antihypertensives)",
              r"antihypertensive",
              r"antihypertensive|beta-blocker|ACE inhibitor|hypotensive effect"),
            S("antidepressants", "Antidepressants and MAO inhibitors",
              r"antidepressant|MAO inhibitor", r"antidepressant|SSRI|MAO inhibitor|tricyclic"),
            S("herbal-supplements", "Herbal supplements", r"herbal",
              r"herbal|valerian|kava|melatonin"),
            S("about-interactions", "About interactions", r"interact",
              r"interact|medication list|list of (your )?medicines", strength=0.5),
        ),
    ),
    TopicSpec(
        "overdose", "Overdose",
        "The signs of a baclofen overdose and what to do: seek emergency help.",
        ("overdose", "too much baclofen", "took too many"),
        (
            S("overdose-signs", "Signs of overdose", r"symptoms of overdose|overdose signs",
              r"(symptoms|signs) of (an )?overdose|overdose\b.{0,40}\b(may|can) (cause|include)",
              weight=5),
            S("what-to-do", "What to do", None,
              r"overdose|emergency services|nearest ER"),
            S("management-of-overdose", "Management of overdose", r"management of overdose",
              r"hemodialysis|activated charcoal|ventilation|airway protection"),
            S("prognosis", "Prognosis", r"prognosis", r"prognosis"),
        ),
    ),
    TopicSpec(
        "missed-dose", "Missed dose",
        "What to do if you miss a dose (never double up) and why consistency matters.",
        ("missed dose", "miss a dose", "forgot dose", "skip dose", "double dose"),
        (
            S("what-to-do", "What to do if you miss a dose", r"missed dose",
              r"miss(ed)? (a |the )?dose|double (up|dose)|skip the missed", weight=4),
            S("consistency", "Why consistency matters", None,
              r"consisten|missing multiple doses|alarms|medication apps"),
        ),
    ),
    TopicSpec(
        "alternatives", "Alternatives",
        "Other medicines and treatments the documents mention when baclofen does not suit.",
        ("alternative", "tizanidine", "dantrolene", "botox", "diazepam instead"),
        (
            S("alternatives", "Alternatives to baclofen", r"alternative",
              r"alternative (treatment|medication|option)s?|tizanidine|dantrolene|botulinum"
              r"|different muscle relaxant|acupuncture|massage"),
        ),
    ),
    TopicSpec(
        "practical-tips", "Practical tips",
        "Day-to-day tips for taking baclofen and managing its side effects.",
        ("tips", "advice", "daily life", "storage", "driving"),
        (
            S("managing-side-effects", "Managing side effects",
              r"manage and minimi[sz]e|lifestyle adjustments",
              r"manag\w* and minimi[sz]\w*|minimi[sz]e (them|side effects)|with food"
              r"|start with a low dosage"),
            S("day-to-day", "Day-to-day tips", r"lifestyle tips|practical tips",
              r"hydrat|fiber|store baclofen|room temperature|emergency contact|list of your"
              r" medicines|medication log|journal|driving|machinery"),
            S("working-with-your-doctor", "Working with your doctor", None,
              r"communicat|talk openly|follow-up|report any|your healthcare provider"
              r"|consult (a|your) healthcare provider", strength=0.5),
        ),
    ),
    TopicSpec(
        "choosing-treatment", "How treatment is chosen",
        "How prescribers choose a muscle relaxant with the patient: needs, medical history "
        "and monitoring.",
        ("choosing treatment", "prescribe", "muscle relaxant", "decision"),
        (
            S("assessing-needs", "Assessing a patient's needs",
              r"assessing|determining appropriate|considerations for prescription",
              r"healthcare providers (take|carefully|evaluate)|tailored"),
            S("shared-decisions", "Deciding together", r"patient involvement|decision-making",
              r"decision-making|patient involvement|preferences"),
            S("medical-history", "Medical history", r"medical history",
              r"medical history|pre-existing"),
            S("monitoring", "Monitoring and adjustments", r"monitoring and adjustments",
              r"follow-up appointments"),
        ),
    ),
    TopicSpec(
        "drug-recalls", "Drug recalls and patient protection",
        "How drug recalls work in general (one document discusses this at length; it is not "
        "specific to baclofen).",
        ("recall", "FDA", "safety alert"),
        (
            S("detection", "Detecting safety issues", r"detection of safety",
              r"adverse event reporting|post-marketing|literature review"),
            S("investigation", "Investigation and decisions", r"investigation",
              r"investigation|risk assessment|advisory committee"),
            S("responsibilities", "Who is responsible", r"responsibilities|stakeholders"),
            S("informing-patients", "Informing and protecting patients", r"informing patients"),
            S("about-recalls", "About drug recalls", r"drug recall", r"\brecalls?\b", weight=4),
        ),
    ),
)

FAQ_TOPIC = TopicSpec(
    "faq", "Frequently asked questions",
    "Questions and answers from the documents, grouped by subject.",
    ("question", "faq", "can i", "is it safe"),
    tuple(SectionSpec(topic.slug, topic.title) for topic in TOPICS),
)
ALL_TOPICS: tuple[TopicSpec, ...] = (*TOPICS, FAQ_TOPIC)
TOPICS_BY_SLUG = {topic.slug: topic for topic in ALL_TOPICS}
FALLBACK = ("what-is-baclofen", "overview")


@dataclass(frozen=True)
class Passage:
    """One statement as one document states it: a sentence, list item, FAQ pair or table row."""

    document: str
    kind: str  # "sentence" | "list_item" | "faq" | "table_row"
    text: str
    position: int
    block: int
    heading: str
    topic: str
    section: str
    data: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        return statement_key(self.kind, self.text)


def statement_key(kind: str, text: str) -> str:
    normalised = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    family = "faq" if kind == "faq" else ("table" if kind == "table_row" else "text")
    return hashlib.sha1(f"{family}:{normalised}".encode()).hexdigest()[:16]


def route(text: str, *, kind: str, heading: str = "", group_heading: str = "",
          topics: tuple[TopicSpec, ...] = TOPICS) -> tuple[str, str]:
    """(topic slug, section slug) for a passage; the fallback is the overview."""
    return _route(text, kind=kind, heading=heading, group_heading=group_heading,
                  topics=topics)[0]


def _route(text: str, *, kind: str, heading: str, group_heading: str,
           topics: tuple[TopicSpec, ...] = TOPICS) -> tuple[tuple[str, str], bool]:
    """The best section, and whether the passage's own words (not just its heading) matched."""
    heading_factor = 3 if kind in {"list_item", "table_row"} else 1
    best: tuple[float, str, str] | None = None
    own_words = False
    for topic in topics:
        for section in topic.sections:
            score = 0.0
            if section.heading_rule is not None:
                if heading and section.heading_rule.search(heading):
                    score += 2 * heading_factor
                elif group_heading and section.heading_rule.search(group_heading):
                    score += 0.5
            text_match = section.text_rule is not None and bool(section.text_rule.search(text))
            if text_match:
                score += section.text_weight
                own_words = True
            score *= section.strength
            if score > 0 and (best is None or score > best[0]):
                best = (score, topic.slug, section.slug)
    if best is None:
        return FALLBACK, own_words
    return (best[1], best[2]), own_words


# A sentence that starts like this continues the one before it ("These effects can vary...").
CONTINUATION = re.compile(r"^(this|these|they|it|its|such|in such cases|by doing so|however)\b",
                          re.I)


def passages_from_document(parsed: ParsedDocument) -> list[Passage]:
    passages: list[Passage] = []

    def add(kind: str, text: str, block: int, heading: str, topic_section: tuple[str, str],
            data: dict | None = None) -> None:
        passages.append(Passage(parsed.name, kind, text, len(passages), block, heading,
                                topic_section[0], topic_section[1], data or {}))

    for index, block in enumerate(parsed.blocks):
        context = {"heading": block.heading, "group_heading": block.group_heading}
        if block.kind == "paragraph":
            previous: tuple[str, str] | None = None
            for sentence in split_sentences(block.text):
                where, own_words = _route(sentence, kind="sentence", **context)
                if previous and not own_words and CONTINUATION.match(sentence):
                    where = previous
                add("sentence", sentence, index, block.heading, where)
                previous = where
        elif block.kind == "list":
            for item in block.items:
                text = item.text
                if item.children:
                    text = f"{item.text.rstrip(':')}: " + "; ".join(
                        child.rstrip(".") for child in item.children) + "."
                where = route(f"{block.intro} {text}", kind="list_item", **context)
                add("list_item", text, index, block.heading, where,
                    {"intro": block.intro, "ordered": block.ordered, "number": item.number,
                     "label": item.text, "children": item.children})
        elif block.kind == "faq":
            text = f"{block.question} {block.answer}"
            subject = route(block.question, kind="sentence")
            if subject == FALLBACK:
                subject = route(text, kind="sentence")
            add("faq", text, index, block.heading, ("faq", subject[0]),
                {"question": block.question, "answer": block.answer})
        elif block.kind == "table":
            for cells in block.rows:
                add("table_row", f"{cells[0]}: {cells[1]}", index, block.heading,
                    route(" ".join(cells), kind="table_row", **context),
                    {"header": block.header, "cells": cells})
    return passages
