"""Context around a candidate match: is it negated, asked, quoted, reported, hypothetical?

A detector finds *candidates* (a harmful phrase in the normalised text); whether a candidate
becomes a finding depends on the words around it. Every rule names the kinds of context that
cancel it (see `SUPPRESSORS`):

``quote``        inside a Markdown block quote (``> ...``) or an inline "double-quoted" or
                 'single-quoted' passage: someone else's words.
``negation``     a negation or a warning just before it: "never go cold turkey", "it is dangerous
                 to mix ...".
``question``     its sentence is a genuine question ("is it safe to stop cold turkey?"), unless the
                 post is plainly rhetorical ("you're telling me ...?", "coincidence? I think not").
``rebuttal``     reported speech before it ("people say ...", "my friend told me ...", "the myth
                 that ...") or a verdict after it ("... is a myth", "... can cause seizures").
``report``       a first-person (or "my husband ...") account of what happened, not advice: it
                 stays cancelled unless the post endorses it ("you should too", "no problems")
                 and has no warning ("ended up in the ER", "taper!", "never again").
``hypothetical`` a condition about someone else's instruction ("if your doctor says to stop ...").
``medical``      a clinician's instruction or supervision ("my neuro raised me to 90 mg").
``premise``      inside the if-part of a conditional ("if you're weak after a dose, lie down"):
                 nothing between "if" and the match closes the premise (a comma, "then",
                 "should", ...). Used for abuse, where the consequent still counts ("if you can
                 walk you should stop complaining").

All windows are bounded slices of the text and every cue pattern is a flat alternation of
literals, so the cost of a check does not depend on the length of the post.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable
from functools import cached_property

from .fastregex import fast_compile
from .normalize import Normalized, normalize

# MODERATION_NO_GATES=1 searches every sentence holding a gate's first words (see
# keyword_spans): tests check that gates only narrow the search, never change a finding.
UNGATED = os.environ.get("MODERATION_NO_GATES") == "1"

SUPPRESSORS = frozenset(
    {"quote", "negation", "question", "rebuttal", "report", "hypothetical", "medical", "premise"}
)

_WORD = fast_compile(r"[a-z]+")
SENTENCE_REACH = 300
# A run of up to 20 of .!? followed by space, a closing mark or the end; or a line break.
# Written to start with a character class so the regex engine skips other characters fast.
_SENTENCE_END = fast_compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[.!?]{0,19}(?=[\s\"')\]*_]|$))")
_QUOTE_LINE = fast_compile(r"^[ \t]{0,3}>[^\n]{0,100000}", re.MULTILINE)

_NEGATION = fast_compile(
    r"\b(?:never|don't|dont|do not|does not|doesn't|shouldn't|should not|must not|mustn't|"
    r"can't|cant|cannot|can not|won't|will not|wouldn't|would not|not|no|nobody|no one|avoid|"
    r"avoiding|against|instead of|rather than|better than|dangerous to|risky to|unsafe to|bad idea to|"
    r"terrible idea to|mistake to|worst thing|worst idea|stupid to|dumb to|careful|warn|warning|"
    r"forget about|"
    r"please don't|isn't|aren't|ain't|wasn't|didn't|did not|hasn't|haven't|nor|stop telling|"
    r"quit telling|nothing|none)\b"
)
_QUESTION_OPENER = fast_compile(
    r"^[\W_]{0,5}(?:is it|is there|is this|is that|is baclofen|are there|are you|can i|can you|"
    r"can u|can we|can someone|could i|could you|should i|should we|should you|would it|"
    r"would i|would you|does anyone|does it|does baclofen|do i|do you|do we|did anyone|did you|"
    r"has anyone|have you|have any|anyone|any1|am i|wondering|i wonder|i'm wondering|"
    r"im wondering|curious|quick question|question|"
    r"how (?:do|does|did|can|could|should|would|long|much|many|often|bad|soon|fast|is|are)|"
    r"what (?:happens|happened|if|do|does|did|should|would|is|are|was|about|dose|can)|"
    r"why (?:do|does|did|is|are|would|should|can't|cant|won't|not)|"
    r"where (?:do|does|can|could|should|is)|when (?:do|does|should|can|will|is|are)|"
    r"who (?:else|has|knows|here))\b"
)
_RHETORICAL = fast_compile(
    r"\b(?:you're telling me|you are telling me|youre telling me|let me get this straight|"
    r"why would anyone|who needs|coincidence\?|wake up|why (?:do )?(?:you all|y'all|you guys|"
    r"you people|u all|people|we) (?:even )?need)"
)
_REPORT_SUBJECT = fast_compile(
    r"\b(?:i|i've|ive|i'm|im|we|we've|my (?:first )?(?:thought|instinct|reaction)|"
    r"my (?:husband|wife|partner|mom|mum|mother|dad|father|son|"
    r"daughter|friend|sister|brother|cousin|aunt|uncle|neighbour|neighbor|grandma|grandmother|"
    r"grandpa|bf|gf|boyfriend|girlfriend|mate|roommate)|he|she)\b"
)
# Diary style drops the pronoun: "Went cold turkey in 2019 ...", "Stopped it last week ...".
# The past forms alone also mark a match that starts the sentence ("Went without for two days").
_DIARY_PAST = fast_compile(
    r"[\W_]{0,4}(?:went|stopped|tried|took|came off|ran out|ended up|doubled|skipped|mixed|drank|"
    r"missed|forgot)\b"
)
_DIARY_OPENER = fast_compile(
    r"[\W_]{0,4}(?:went|stopped|quit|tried|did|took|had|came off|got|ran out|ended up|doubled|"
    r"skipped|mixed|drank|missed|forgot|was|been|used to|once)\b"
)
_ADVICE_FIRST_PERSON = fast_compile(
    # "I'd" advises ("I'd just stop"), unless it tells a story: "I figured I'd ...", "I'd been".
    r"\b(?:(?<!figured )(?<!thought )(?<!decided )(?<!reckoned )(?<!assumed )(?<!guessed )"
    r"i'd(?! been| had| never| already| forgotten| run)|id say|i would|i wouldn't|i wouldnt|i would not|"
    r"i say|i recommend|i suggest|i advise|i'll tell you|i'm telling you|"
    r"im telling you|trust me|if i were you|i can|i'll|i will|i'm happy to|im happy to|"
    r"i tell (?:everyone|everybody|people|anyone|folks|them|all)|"
    r"happy to|we can|we'll)\b"
)
_ENDORSE = fast_compile(
    r"\b(?:you should too|you should do the same|do the same|so can you|you can too|"
    r"you'll be fine|you will be fine|youll be fine|you'll be ok|you'll be okay|just do it|"
    r"try it|highly recommend|recommend it|i recommend|would recommend|best decision|"
    r"best thing i (?:ever )?did|never felt better|feel great|felt great|feel amazing|"
    r"felt amazing|no problems?|no issues?|zero issues|zero problems|nothing happened|was fine|"
    r"were fine|felt fine|totally fine|perfectly fine|works? (?:great|fine|better|wonders)|"
    r"worked (?:great|fine|wonders)|no big deal|not a big deal|easy|don't be scared|"
    r"dont be scared|don't be afraid|dont be afraid|great service|fast delivery|legit|"
    r"no side effects|did me no harm|never hurt me|it's fine|its fine|it is fine|is fine|"
    r"are fine|it's safe|its safe|is safe|it's ok|it's okay|is ok|is okay|never looked back|"
    r"don't let (?:anyone|them|people|doctors) scare you|is easy|was easy|nothing bad happens|"
    r"u can too|worth a (?:go|try|shot)|worth (?:trying|asking)|game ?changer|works? a treat|"
    r"worked a treat|i'd (?:really |highly |strongly |definitely )?(?:suggest|recommend)|"
    r"can't recommend|cant recommend|life (?:carried|went) on|(?:way |much |so much )?(?:easier|"
    r"cheaper|quicker) than|(?:don't|dont|do not) let (?:[a-z'@_]{1,20} ){0,3}(?:scare|guilt|"
    r"talk|pressure|rush|bully) (?:you|u)|(?:tip|trick|hack)s? (?:for|from) (?:anyone|everyone|"
    r"you|someone|all)|pro tip|top tip|life ?hack|works every time|worked every time|"
    r"you'll thank me|thank me later|go for it)\b"
)
_WARNING = fast_compile(
    r"\b(?:er|a&e|a and e|hospital|hospitalised|hospitalized|ambulance|911|999|icu|emergency|"
    r"seizures?|seizing|seized|fits?|convulsions?|hallucinat\w{0,6}|psychosis|psychotic|"
    r"delirium|delirious|mistake|regret\w{0,4}|never again|worst|scary|scared|terrified|"
    r"terrifying|awful|horrible|hell|nightmare|nearly died|almost died|could have died|"
    r"don't do|dont do|do not do|learn from|don't be like me|taper|tapering|tapered|wean|"
    r"weaning|weaned|dangerous|careful|stupid|dumb|lesson|passed out|blacked out|collapsed|"
    r"scam|scammed|ripped off|fake pills|counterfeit|rebound|withdrawal hell)\b"
)
_WARNING_NEGATED = fast_compile(r"\b(?:no|don't|dont|without|skip|skipping|forget|never|zero|than)\b")
_HYPOTHETICAL = fast_compile(
    r"\b(?:if (?:your |my |the |a )?(?:doctor|dr|doc|neuro|neurologist|gp|pharmacist|nurse|"
    r"specialist|consultant|physician|prescriber|team)(?! (?:is|are|isn't|won't|wont|refuses|"
    r"refused|can't|cant|keeps|doesn't|doesnt|drags|is being|are being) (?:being )?(?:difficult|"
    r"slow|useless|awkward|unhelpful|dragging|a pain|hard to|listen|help|budge|get back|"
    r"refill|prescribe|give|raise|increase|see you|fobbing|stingy|tight|cautious|overcautious|"
    r"to (?:raise|refill|prescribe|listen|help|give|increase|see)))|if (?:you|u) (?:ever )?(?:need|have|must|"
    r"decide|are told|get told|were told|are advised|were advised)|if (?:someone|anyone|somebody|"
    r"a friend|people|they)|what if|suppose|supposing|hypothetically|unless|in case|if i)\b"
)
_MEDICAL = fast_compile(
    r"\b(?:(?:doctor|doctors|dr|doc|gp|neuro|neurologist|physician|pharmacist|nurse|specialist|"
    r"consultant|prescriber|team|physiatrist|clinic|anaesthetist|anesthetist|surgeon|"
    r"psychiatrist)(?:'s)? "
    r"(?:said|says|told|tells|has|had|put|moved|raised|increased|upped|bumped|wants|prescribed|"
    r"brought|titrated|tapered|weaned|"
    r"recommended|suggested|advised|approved|agreed|ok'd|okayed|switched|started|will|is|was|"
    r"gradually|slowly|decided|took|call|decision|orders|instructions|plan)|monitored|"
    r"under (?:medical |close |strict )?supervision|titrated (?:[a-z0-9]{1,12} ){0,4}with (?:my|the|"
    r"our|an?) (?:\w{1,15} ){0,2}(?:doctor|neuro|gp|psychiatrist|specialist|team|consultant)|"
    r"addiction (?:doctor|specialist|psychiatrist|team|service|clinic|medicine)|"
    r"under (?:my |the |your )?(?:doctor|neuro|gp|"
    r"specialist)'s (?:supervision|care)|supervised|with (?:my|your|the) (?:doctor|neuro|gp|"
    r"specialist)'s (?:ok|approval|blessing)|as (?:prescribed|directed)|ask your (?:doctor|gp|"
    r"neuro|pharmacist|prescriber)|talk to your (?:doctor|gp|neuro|prescriber)|check with your "
    r"(?:doctor|gp|neuro|pharmacist|prescriber)|call your (?:doctor|gp|neuro))\b"
)
# "forget what the neuro says": a clinician named only to be overruled.
_MEDICAL_DISMISSED = fast_compile(
    r"\b(?:forget|ignore|screw|never mind|disregard|don't listen to|dont listen to|do not listen "
    r"to) (?:what |whatever )?(?:the |your |ur |my )?(?:doctor|doctors|dr|doc|docs|gp|neuro|"
    r"neurologist|pharmacist|nurse|specialist|consultant|prescriber)s?\b"
)
_REBUTTAL_BEFORE = fast_compile(
    r"\b(?:myths?|claims?|claimed|claiming|people (?:say|said|claim|think|believe|will tell you)|"
    r"some (?:people|folks|say)|they say|others say|folks say|someone (?:said|says|told|posted|"
    r"wrote)|somebody (?:said|says|told)|he said|she said|they said|my (?:friend|mate|"
    r"neighbou?r|cousin|mom|mum|mother|sister|brother|aunt|uncle|coworker|colleague|dad|father|"
    r"husband|wife|partner|gran|nan|grandma|grandad|grandpa|son|daughter|naturopath|"
    r"chiropractor|herbalist) (?:said|says|told|thinks|swears|swore|insists|reckons|claims)|"
    r"tried to (?:convince|persuade|tell|sell) (?:me|us|him|her|them)|"
    r"to (?:the person|the poster|whoever|the guy|the lady|the op|op|everyone) (?:who (?:said|says|"
    r"asked|asks|thinks|claimed|posted)|asking|saying|claiming)|ask(?:s|ed)? (?:me )?(?:whether|if)|"
    r"(?:it|the post|that post|this post|the article|the video|the thread|the op|op) "
    r"(?:suggests|suggested|recommends|recommended|tells you|told people)|"
    r"told me|tells you|tell you|telling you|telling people|telling me|"
    r"tells me|keeps telling|heard|"
    r"read (?:online |somewhere )?that|rumou?rs?|believe that|think that|people who (?:say|"
    r"claim|think|tell)|whoever (?:says|said|told)|anyone (?:who|that) (?:says|tells|claims)|"
    r"those who (?:say|claim)|the idea that|the notion that|the claim that|lie that|"
    r"nonsense that|misinformation|bs that|saying that|said that|says that|wrote that|"
    r"posted that|called me|called us|calls us|call us|calling us|calling people|"
    r"keep saying|keeps saying|always say|always saying|saying|insist|insists|insisted|"
    r"risks? (?:of|from)|dangers? (?:of|from)|consequences of|harms? (?:of|from))\b"
)
_REBUTTAL_AFTER = fast_compile(
    r"\b(?:(?:is|was|are|that's|thats|that is|this is|it's|its) (?:a |an |complete |total |"
    r"utter |absolute |such |just |simply )?(?:myth|lie|false|wrong|nonsense|rubbish|bs|"
    r"bullshit|garbage|dangerous|deadly|risky|untrue|misinformation|bad advice|terrible advice|"
    r"awful advice|dangerous advice|how people (?:end up|get hurt|die)|not true|not safe|unsafe|"
    r"a bad idea|bad idea|a terrible idea|terrible idea|a recipe for|asking for)|not true|"
    r"isn't true|is not true|(?:can|could|will|may|might|would) (?:cause|trigger|lead to|"
    r"give you|land you|put you|kill|be dangerous|be fatal|send you|make you)|causes seizures|"
    r"caused|led to|ended up|sent me|landed me|put me in|gave me|made me|nearly killed|"
    r"seizures?|hallucinat\w{0,6}|don't (?:do|listen|believe)|do not (?:do|listen|believe)|"
    r"please don't|ignore (?:this|that|them|it|him|her)|wrong|debunked|nope|it isn't|"
    r"it is not|it's not true|it ain't|that isn't true|not really|false|told myself|"
    r"i tell myself|i said to myself|(?:is|are|was|isn't|is not|'s) (?:not|never|nowhere near) "
    r"worth (?:it|the risk)|isn't worth (?:it|the risk)|"
    r"(?:is|are|was|'s) (?:a |an )?(?:bad|terrible|awful|dumb|stupid|risky|dangerous|reckless) "
    r"(?:plan|move|call|choice|decision)|(?:is|are) not (?:saving|worth|smart|clever|helping|the "
    r"answer|a solution)|respiratory depression)\b"
)
# A next sentence that opens with a verdict rebuts the previous one ("... cold turkey. Wrong.").
_VERDICT_OPENER = fast_compile(
    r"^[\W_]{0,4}(?:(?:that's|thats|that is|this is|it's|its|it is|which is) (?:a |an |complete |"
    r"total |utter |absolute |such |just |simply )?(?:myth|lie|false|wrong|nonsense|rubbish|bs|"
    r"bullshit|garbage|dangerous|deadly|untrue|misinformation|bad advice|terrible advice|"
    r"dangerous advice|not true|not safe|unsafe|how people)\b|(?:no|nope|wrong|false|not true|"
    r"it isn't|it is not|that isn't true|absolutely not|please don't|don't do (?:it|this|that))"
    r"[.!,])"
)
_CLAUSE_END = fast_compile(r"[,;:]| but | - ")
# "Never, ever go cold turkey": a negation that ends the previous clause still applies.
_NEGATION_TAIL = fast_compile(
    r"\b(?:never|don't|dont|do not|not|no|please don't)[\W_]{1,4}(?:ever[\W_]{1,4})?"
    r"(?:(?:please|seriously|really)[\W_]{1,4})?$"
)
# Negative words that do not negate what follows: "can't recommend it enough", "don't let the
# pharmacist scare you off", "no problems", "nothing wrong with", "won't hurt you".
_NOT_NEGATING = fast_compile(
    r"\b(?:(?:can't|cant|cannot|can not|couldn't|could not) (?:recommend|praise|rate|stress)\b"
    r"[^.!?\n]{0,80}?\benough\b|(?:can't|cant|cannot|can not) go wrong|"
    r"(?:don't|dont|do not|never) let (?:[a-z'@_]{1,20} ){0,3}(?:scare|scares|frighten|guilt|talk|"
    r"put|bully|pressure|rush) (?:you|u)\b|(?:don't|dont|do not) be (?:scared|afraid)|"
    r"no (?:problems?|issues?|worries|big deal|harm|side effects)\b|nothing wrong with|"
    r"never looked back|never felt better|(?:won't|wont|will not|doesn't|doesnt|does not|didn't|"
    r"can't|cant|never) (?:hurt|hurts|hurt anyone|harm|harmed|kill|killed)\b|"
    r"(?:not|isn't|is not|aren't|wasn't|ain't) (?:a |that |"
    r"really |even )?(?:big deal|problem|dangerous|risky|harmful|unsafe|an issue)\b(?: to\b)?)"
)


def negates(text: str, pos: int, lo: int, hi: int) -> bool:
    """Whether the negative word at `pos` negates, rather than opening an idiom like "can't
    recommend it enough"; `lo`..`hi` bound the search (the sentence)."""
    for m in _NOT_NEGATING.finditer(text, max(lo, pos - 12), min(hi, pos + 120)):
        if m.start() <= pos < m.end():
            return False
        if m.start() > pos:
            break
    return True


_SELF_TALK = fast_compile(
    r"\b(?:told myself|tell myself|telling myself|said to myself|note to self|i keep thinking)\b"
)


_IF = fast_compile(r"\bif\b")
_PREMISE_CLOSED = fast_compile(
    r",|;|\b(?:then|should|must|need to|needs to|have to|has to|better|go|just|stop)\b"
)


def _in_premise(text: str, sent_start: int, start: int, end: int) -> bool:
    window_start = max(sent_start, start - 60)
    last_if = None
    for m in _IF.finditer(text, window_start, start):
        last_if = m
    if last_if is None:
        return False
    return _PREMISE_CLOSED.search(text, last_if.end(), end) is None


_LETTER_BYTES = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


_NON_WORD = fast_compile(r"[^a-z0-9']")
# A single quote opens a passage after a space or bracket and before a word ('just quit'), and
# closes one after a word and before a space or punctuation; an apostrophe inside a word
# ("don't") does neither.
_SINGLE_OPEN = fast_compile(r"'(?<=[\s(\[:;,]')(?=[a-z0-9])|^'(?=[a-z0-9])")
_SINGLE_CLOSE = fast_compile(r"'(?<=[^\s']')(?=[\s.,!?;:)\]]|$)")


class KeywordIndex:
    """The keyword sets rules search by, indexed by word: a post's sentence masks for every set
    are then built in one pass over the post's words, instead of one set intersection per rule.

    `vocabulary` is every word rules ask about; `Doc.words` keeps only those.
    """

    def __init__(self, keyword_sets: Iterable[frozenset[str]], vocabulary: frozenset[str]) -> None:
        self.vocabulary = vocabulary
        self.position: dict[frozenset[str], int] = {}
        sets_of_word: dict[str, list[int]] = {}
        for keywords in keyword_sets:
            if keywords in self.position:
                continue
            position = self.position[keywords] = len(self.position)
            for word in keywords & vocabulary:
                sets_of_word.setdefault(word, []).append(position)
        self.sets_of_word = {word: tuple(positions) for word, positions in sets_of_word.items()}


class Doc:
    """One post being scanned: the normalised text plus lazily computed structure."""

    def __init__(self, source: str, index: KeywordIndex | None = None) -> None:
        """`index`: if given, its vocabulary is the only words rules ask about (`words` keeps
        just those), and keyword sets it holds are looked up rather than intersected."""
        self.source = source
        self._index = index
        self._vocabulary = index.vocabulary if index is not None else None
        self.norm: Normalized = normalize(source)
        self.text = self.norm.text
        # Results of context checks shared by candidates in one sentence (see suppression).
        self.memo: dict[tuple, object] = {}
        self._spans: dict[int, list[tuple[int, int]]] = {}

    @cached_property
    def _masks(self) -> dict[str, int]:
        """Every word (run of a-z) -> bit mask of the sentences holding it (bit i: the text up
        to `_sentence_ends[i]`), in one pass over the sentences.

        With a vocabulary, only its words are kept: they are the only ones rules ask about.
        """
        # One byte per character (anything outside ASCII becomes "?", so offsets stay), every
        # non-letter byte a space: split() then yields the words, much faster than a regex.
        letters = self.text.encode("ascii", "replace").translate(_LETTER_BYTES).decode("ascii")
        vocabulary = self._vocabulary
        masks: dict[str, int] = {}
        start = 0
        bounds = self._sentence_ends
        if not bounds or bounds[-1] != len(letters):
            bounds = [*bounds, len(letters)]
        keep = vocabulary.intersection if vocabulary is not None else set
        get = masks.get
        bit = 1
        for end in bounds:
            for word in keep(letters[start:end].split()):
                masks[word] = get(word, 0) | bit
            start = end
            bit <<= 1
        return masks

    @cached_property
    def set_masks(self) -> list[int]:
        """For each keyword set of the index, the mask of the sentences holding one of its words."""
        index = self._index
        set_masks = [0] * len(index.position)
        sets_of_word = index.sets_of_word
        for word, mask in self._masks.items():
            for position in sets_of_word.get(word, ()):
                set_masks[position] |= mask
        return set_masks

    def keywords_mask(self, keywords: frozenset[str]) -> int:
        """Bit mask of the sentences holding any of `keywords`."""
        if self._index is not None:
            position = self._index.position.get(keywords)
            if position is not None:
                return self.set_masks[position]
        masks = self._masks
        mask = 0
        for word in keywords & self.words:
            mask |= masks[word]
        return mask

    @cached_property
    def words(self) -> frozenset[str]:
        """The distinct words of the text (those of the vocabulary, if one was given)."""
        return frozenset(self._masks)

    def keyword_spans(
        self,
        keywords: frozenset[str],
        reach_next: bool = False,
        gates: tuple[tuple[frozenset[str] | str, ...], ...] = (),
    ) -> list[tuple[int, int]]:
        """The stretches of text a rule needs to search: the sentences holding its keywords.

        `gates` add sentences that hold a word of every set of a gate (and whose post holds
        every phrase of it): a pattern whose leading word is common ("so", "take") is only
        searched where its rarer words are too. With `reach_next`, each stretch also takes in
        the sentence after one holding a keyword (for patterns that run on, like "Coincidence?
        I think not"). Rules only search inside these, so a post without a rule's keywords costs
        that rule nothing and a long post costs in proportion to how much of it is relevant.
        """
        mask = self.keywords_mask(keywords)
        if gates:
            mask |= self._gates_mask(gates)
        if not mask:
            return []
        if not self._sentence_ends:
            return [(0, len(self.text))]
        # Rules with different keywords often need the same sentences: build each list once.
        if reach_next:
            mask |= mask << 1
        spans = self._spans.get(mask)
        if spans is None:
            spans = self._spans[mask] = self._mask_spans(mask)
        return spans

    def _gates_mask(self, gates: tuple[tuple[frozenset[str] | str, ...], ...]) -> int:
        """The sentences that hold a word of every set of some gate (in a post holding every
        phrase of it)."""
        if UNGATED:  # for tests: each gate's first words search on their own, as before gates
            gates = tuple((gate[0],) for gate in gates)
        mask = 0
        for gate in gates:
            gate_mask = -1
            for part in gate:
                if isinstance(part, str):  # a phrase the post must hold somewhere
                    gate_mask = gate_mask if part in self.text else 0
                else:
                    gate_mask &= self.keywords_mask(part)
                if not gate_mask:
                    break
            mask |= gate_mask
        return mask

    def _mask_spans(self, mask: int) -> list[tuple[int, int]]:
        """Runs of the sentences in `mask` as spans of text."""
        ends = self._sentence_ends
        count = len(ends)  # sentence `count` is whatever follows the last end (maybe nothing)
        covered = mask & ((1 << (count + 1)) - 1)
        spans = []
        while covered:
            first = (covered & -covered).bit_length() - 1
            run = covered >> first
            last = first + (~run & (run + 1)).bit_length() - 2  # trailing ones of `run`
            spans.append((ends[first - 1] if first else 0, ends[last] if last < count else len(self.text)))
            covered &= -1 << (last + 1)
        return spans

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [m.end() for m in _SENTENCE_END.finditer(self.text)]

    @cached_property
    def _quote_ranges(self) -> list[tuple[int, int]]:
        if ">" not in self.source:
            return []
        return [(m.start(), m.end()) for m in _QUOTE_LINE.finditer(self.source)]

    @cached_property
    def rhetorical(self) -> bool:
        return _RHETORICAL.search(self.text) is not None

    @cached_property
    def has_warning(self) -> bool:
        text = self.text
        for m in _WARNING.finditer(text):
            if not _WARNING_NEGATED.search(text[max(0, m.start() - 20) : m.start()]):
                return True
        return False

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`, clipped to SENTENCE_REACH characters either side.

        The clip keeps every context check bounded: a 50,000-character post without a full
        stop would otherwise make each check scan the whole post.
        """
        ends = self._sentence_ends
        i = bisect.bisect_right(ends, pos)
        start = ends[i - 1] if i else 0
        end = ends[i] if i < len(ends) else len(self.text)
        return max(start, pos - SENTENCE_REACH), min(end, pos + SENTENCE_REACH)

    def clause_start(self, pos: int) -> int:
        return self._clause_start(self.sentence(pos)[0], pos)

    def _clause_start(self, start: int, pos: int) -> int:
        """The start of the clause around `pos`, in the sentence starting at `start`."""
        text = self.text
        best = start
        for sep in (",", ";", ":", " but ", " - ", "(", " so "):
            i = text.rfind(sep, start, pos)
            if i >= 0:
                best = max(best, i + len(sep))
        return best

    def in_quote(self, start: int, end: int) -> bool:
        ranges = self._quote_ranges
        if ranges:
            pos = self.norm.source_index(start)
            i = bisect.bisect_right(ranges, (pos, len(self.source) + 1)) - 1
            if i >= 0 and ranges[i][0] <= pos < ranges[i][1]:
                return True
        sent_start, sent_end = self.sentence(start)
        text = self.text
        if text.count('"', sent_start, start) % 2 == 1 and '"' in text[end : end + 200]:
            return True
        opening = text.rfind("'", sent_start, start)
        if opening < 0:
            return False
        # The last quote mark before the match must open a passage, and one after it close it.
        while opening >= sent_start and not _SINGLE_OPEN.match(text, opening):
            if _SINGLE_CLOSE.match(text, opening):
                return False
            opening = text.rfind("'", sent_start, opening)
        if opening < sent_start:
            return False
        return _SINGLE_CLOSE.search(text, end, min(len(text), sent_end + 1, end + 200)) is not None


def suppression(doc: Doc, start: int, end: int, kinds: frozenset[str]) -> str | None:
    """The first kind of context that cancels the candidate text[start:end], or None.

    Checks that depend only on the sentence (question, self-talk, clinician, verdict in the
    next sentence, endorsement) are computed once per sentence: several candidates, of
    several rules, often share one.
    """
    text = doc.text
    if "quote" in kinds and doc.in_quote(start, end):
        return "quote"
    sent_start, sent_end = doc.sentence(start)
    clause = doc._clause_start(sent_start, start)
    if "negation" in kinds:
        negation_start = clause
        if clause > sent_start and _NEGATION_TAIL.search(text, max(sent_start, clause - 30), clause):
            negation_start = max(sent_start, clause - 30)
        for m in _NEGATION.finditer(text, max(negation_start, start - 32), start):
            if negates(text, m.start(), sent_start, sent_end):
                return "negation"
    memo = doc.memo
    if "question" in kinds:
        key = ("question", sent_start, sent_end)
        asked = memo.get(key)
        if asked is None:
            sentence = text[sent_start:sent_end].strip()
            asked = memo[key] = bool(
                (sentence.endswith("?") or _QUESTION_OPENER.match(sentence)) and not doc.rhetorical
            )
        if asked:
            return "question"
    window_start = max(clause, start - 60)
    if "rebuttal" in kinds:
        if not doc.rhetorical and _REBUTTAL_BEFORE.search(text, max(sent_start, start - 70), start):
            return "rebuttal"
        key = ("rebuttal", sent_start, sent_end)
        rebutted = memo.get(key)
        if rebutted is None:
            rebutted = memo[key] = _SELF_TALK.search(text, sent_start, sent_end) is not None or (
                sent_end < len(text) and _VERDICT_OPENER.search(text[sent_end : sent_end + 60]) is not None
            )
        if rebutted:
            return "rebuttal"
        clause_end = _CLAUSE_END.search(text, end, sent_end)
        after_end = min(clause_end.start() if clause_end else sent_end, end + 100)
        if _REBUTTAL_AFTER.search(text, end, after_end):
            return "rebuttal"
    if "premise" in kinds and _in_premise(text, sent_start, start, end):
        return "premise"
    if "hypothetical" in kinds and _HYPOTHETICAL.search(text, window_start, start):
        return "hypothetical"
    if "medical" in kinds:
        key = ("medical", sent_start, sent_end)
        medical = memo.get(key)
        if medical is None:
            medical = memo[key] = (
                _MEDICAL.search(text, sent_start, sent_end) is not None
                and _MEDICAL_DISMISSED.search(text, sent_start, sent_end) is None
            )
        if medical:
            return "medical"
    if "report" in kinds:
        before = text[window_start:start]
        diary = (
            _DIARY_OPENER.match(text, sent_start, start) is not None
            or _DIARY_PAST.match(text, sent_start, end) is not None
        )
        # "I wouldn't ..." with the match starting at "wouldn't": advice all the same.
        advice = _ADVICE_FIRST_PERSON.search(text, window_start, min(end, start + 12))
        if (diary or _REPORT_SUBJECT.search(before)) and not advice:
            if doc.has_warning:
                return "report"
            key = ("endorse", sent_start, sent_end)
            endorsed = memo.get(key)
            if endorsed is None:
                after_end = doc.sentence(sent_end)[1] if sent_end < len(text) else sent_end
                endorsed = memo[key] = (
                    _ENDORSE.search(text, sent_start, min(after_end, sent_end + 200)) is not None
                )
            if not endorsed:
                return "report"
    return None
