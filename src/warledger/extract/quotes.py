"""Quotation marks: the quoted spans, quotes grouped with their reporting clause ("“X,” she said. “Y.”"
is one statement, as news writes it and PolNeAR annotates it, while a quote with a reporting clause of its
own starts another: "“X” the governor said. “Y” he added."), names signed after a dash, and the remaining
quotes attributed to the speaker of their sentence or of the statement just before.

Quotes are found over the characters, not the parse: one linear scan with a bounded length, so an
unbalanced mark or a huge quote costs linear time, and lookups over found spans use binary search. The
cue attributions are their input (a cue beside a quote takes it as content), hence a module of its own.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from warledger.extract.cue_attributions import cue_verb_candidates
from warledger.extract.cues import (
    INHERIT_SUBJECT_DEPS,
    NON_SPEAKERS,
    is_cue_verb,
    is_passive,
    names_someone,
    subject_of,
)
from warledger.extract.sentences import doc_text
from warledger.extract.statement_units import (
    CLOSING_QUOTES,
    MIN_QUOTE_WORDS,
    OPENING_QUOTES,
    STRAIGHT_QUOTES,
    Found,
)

MAX_QUOTE_CHARS = 4000
"""A quote longer than this without its closing mark is taken as unbalanced, not as a quote."""


def _mark_at(text: str, i: int) -> tuple[str | None, int]:
    """The quotation mark at `i`: its style ("open", "close", "straight", or "pair" for '' and ``)
    and length."""
    ch = text[i]
    if ch in OPENING_QUOTES:
        return "open", 1
    if ch in CLOSING_QUOTES:
        return "close", 1
    if ch in STRAIGHT_QUOTES:
        return "straight", 1
    if ch in "'`" and text.startswith(ch * 2, i):
        return "pair", 2
    return None, 1


CLOSES = {"open": "close", "straight": "straight", "pair": "pair"}
ALL_MARKS = (*OPENING_QUOTES, *CLOSING_QUOTES, *STRAIGHT_QUOTES, "''", "``")
# Where `_quote_spans` has something to decide: a quotation mark, a '' or `` pair, a line break.
_STOPS = re.compile(
    "[" + re.escape("".join(sorted(OPENING_QUOTES | CLOSING_QUOTES | STRAIGHT_QUOTES))) + "\n]|''|``"
)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks (see `_quote_spans`); most reports have no
    quotation mark at all, and the assembly asks twice per document, so both cases cost next to nothing."""
    if not any(mark in text for mark in ALL_MARKS):
        return []
    return list(_cached_quote_spans(text))


@lru_cache(maxsize=8)
def _cached_quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_quote_spans(text))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks, one linear scan.

    A curly or guillemet quote runs to its closing mark; a straight quote (or a '' pair, as some papers
    write them) to the next one of its kind. A paragraph that opens a quote and does not close it
    continues into the next paragraph when that one opens with a quote mark again (the newspaper
    convention). An opening with no closing mark within `MAX_QUOTE_CHARS` (an unbalanced mark) is
    dropped, and the scan goes on from where it is, so it never reads a character twice. The scan jumps
    from one quotation mark or line break to the next (`_STOPS`): no other character changes anything.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    style = ""
    n = len(text)
    stop = _STOPS.search(text)
    while stop is not None:
        i = stop.start()
        if open_at is not None and i - open_at > MAX_QUOTE_CHARS:
            open_at = None
        kind, size = _mark_at(text, i)
        if open_at is None:
            if kind in CLOSES:
                open_at, style = i + size, str(kind)
        elif kind is not None and kind == CLOSES[style]:
            spans.append((open_at, i))
            open_at = None
        elif text[i] == "\n":
            nxt = _next_paragraph_start(text, i)
            next_kind = _mark_at(text, nxt)[0] if nxt < n else None
            if next_kind in CLOSES:
                spans.append((open_at, _trim_end(text, open_at, i)))
                open_at, style = nxt + _mark_at(text, nxt)[1], str(next_kind)
                stop = _STOPS.search(text, open_at)
                continue
            open_at = None
        stop = _STOPS.search(text, i + size)
    return [(a, b) for a, b in spans if b > a]


def _next_paragraph_start(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


QUOTE_GROUP_GAP = 160
"""Quotes this close in one paragraph ("“X,” she said. “Y.”") are one statement, as news writes them."""
REPORTING_GAP = 40
"""A reporting clause this close to a quote group (", he said." / "said Blair, “...") is its cue."""


def reporting_cues(
    doc: Doc, units: list[tuple[int, int]], where: list[int], quoted: list[tuple[int, int]]
) -> list[tuple[Token, tuple[Token, ...]]]:
    """Every reporting verb outside quotation marks with a subject, with that subject, in text order: the
    clauses that can attribute a quote ("the governor said", "said the police chief").

    Read apart from `verb_attributions`, which keeps only verbs with a content in their own unit: the
    parser often cuts "“X” the governor said." into three sentences, leaving "said" no content at all.
    A participle or second verb sharing a subject ("..., adding", "and called") is left out: it says
    something of its own, and `quote_groups` reads it as a break."""
    found = []
    for tok in cue_verb_candidates(doc):
        if shares_subject(tok) or not is_cue_verb(tok) or where[tok.i] < 0 or is_passive(tok):
            continue
        if _inside_spans(tok.idx, quoted):
            continue
        speaker = subject_of(tok, units[where[tok.i]])
        if speaker and not (len(speaker) == 1 and speaker[0].lower_ in NON_SPEAKERS):
            found.append((tok, tuple(speaker)))
    return found


def shares_subject(verb: Token) -> bool:
    """A participle or second verb that takes its subject from the verb it hangs on ("..., adding",
    "and called"); a second verb with a subject of its own ("and the chief said") reports by itself."""
    return verb.dep_ in INHERIT_SUBJECT_DEPS and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _inside_spans(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `at` lies inside one of the sorted, non-overlapping spans."""
    n = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return n >= 0 and spans[n][0] <= at < spans[n][1]


# A reporting clause opened by one of these after a quote is a new clause, not the quote's own
# ("“X” and the police chief said: “Y”").
CLAUSE_OPENERS = re.compile(r"^\W*(?:and|but|while|whereas|as|then|yet)\b", re.IGNORECASE)


def _introduces_next(text: str, prev_end: int, at: int, next_start: int) -> bool:
    """Whether the reporting verb at `at`, between a quote ending at `prev_end` and one starting at
    `next_start`, introduces the next quote rather than reporting the one before: it starts a sentence or
    a new clause ("“X.” She adds, “Y”", "“X” and the chief said “Y”"), or ends in a colon ("said: “Y”")."""
    if _new_sentence_after(text, prev_end, at) or CLAUSE_OPENERS.match(text[prev_end:at]):
        return True
    return _colon_before(text, at, next_start)


def _colon_before(text: str, at: int, start: int) -> bool:
    """Whether the clause of the verb at `at` ends in a colon right before the quote at `start` ("said:
    “", "said on Monday: “"), with no other punctuation between ("said. The governor said: “" or "said,
    the chief said: “" is another clause's colon)."""
    between = text[at:start].rstrip()
    return between.endswith(":") and not re.search(r"[.!?,;:]", between[:-1])


def _cues_between(cues: list[int], start: int, end: int) -> list[int]:
    return cues[bisect.bisect_left(cues, start) : bisect.bisect_left(cues, end)]


def _has_own_clause(text: str, cues: list[int], outers: list[tuple[int, int]], n: int) -> bool:
    """Whether quote `n` is followed by its own reporting clause ("“Y” he added", "“Y,” said the chief"):
    a reporting verb close after it, in its sentence, that does not introduce the quote after it."""
    end = outers[n][1]
    next_start = outers[n + 1][0] if n + 1 < len(outers) else len(text)
    for at in _cues_between(cues, end, min(next_start, end + REPORTING_GAP)):
        if "\n" in text[end:at] or _new_sentence_after(text, end, at) or CLAUSE_OPENERS.match(text[end:at]):
            continue
        if n + 1 < len(outers) and _colon_before(text, at, next_start):
            continue
        return True
    return False


def _introduced(text: str, cues: list[int], after: int, start: int) -> bool:
    """Whether a reporting verb right before the quote at `start` introduces it ("He said: “", "She adds,
    “"): the verb lies after `after` and only its clause and a comma or colon separate it from the mark."""
    for at in _cues_between(cues, max(after, start - REPORTING_GAP), start):
        between = text[at:start].rstrip()
        if "\n" not in between and between.endswith((",", ":")) and not re.search(r"[.!?]", between):
            return True
    return False


def quote_groups(
    text: str, quotes: list[tuple[int, int]], breaks: list[int] | None = None, cues: list[int] | None = None
) -> list[tuple[int, int]]:
    """Runs of quotes in one paragraph with short gaps, as (first mark, past last mark) spans; a gap
    holding one of the sorted `breaks` (a participle cue: "..., before asking her, “...”") splits them.

    A quote with a reporting clause of its own starts a new run once the run has one (`cues`, the sorted
    offsets of `reporting_cues`): "“X” the governor said. “Y” he said." is two statements, while
    "“X,” she said. “Y.”" is one, as PolNeAR annotates them. So does a quote introduced by a clause in
    the gap ("“X” and the chief said: “Y”"). Each quote is looked at once, with binary searches over the
    cues, so the grouping stays linear in the quotes."""
    breaks = breaks or []
    cues = cues or []
    outers = [
        (max(0, start - _mark_at(text, max(0, start - 2))[1]), min(len(text), end + _mark_at(text, end)[1]))
        for start, end in quotes
    ]
    groups: list[tuple[int, int]] = []
    attributed = False
    for n, outer in enumerate(outers):
        joins = (
            bool(groups)
            and outer[0] - groups[-1][1] <= QUOTE_GROUP_GAP
            and "\n" not in text[groups[-1][1] : outer[0]]
            and not _has_break(breaks, groups[-1][1], outer[0])
        )
        if joins and cues:
            prev_end = groups[-1][1]
            introduced = any(
                _introduces_next(text, prev_end, at, outer[0])
                for at in _cues_between(cues, prev_end, outer[0])
            )
            joins = not introduced and not (attributed and _has_own_clause(text, cues, outers, n))
        if joins:
            groups[-1] = (groups[-1][0], outer[1])
        else:
            after = groups[-1][1] if groups else 0
            attributed = _introduced(text, cues, after, outer[0])
            groups.append(outer)
        attributed = attributed or _has_own_clause(text, cues, outers, n)
    return groups


def _has_break(breaks: list[int], start: int, end: int) -> bool:
    n = bisect.bisect_left(breaks, start)
    return n < len(breaks) and breaks[n] < end


def merged_with_quotes(
    text: str,
    found: list[Found],
    groups: list[tuple[int, int]],
    cues: list[tuple[Token, tuple[Token, ...]]] | None = None,
) -> list[Found]:
    """Verb attributions whose cue sits in or right beside a quote group take the group as content; a
    group no attribution took goes to a reporting verb beside it (`cues`) whose parse gave no content.

    The verb's own content joins the group only when it reaches into no other group: the parse of
    "“X” the elder said, “Y” he added" hangs both quotes on "added"."""
    by_group: dict[int, list[Found]] = {}
    rest = []
    starts = [g[0] for g in groups]
    for f in found:
        n = _group_of_cue(text, f, groups, starts)
        if n is None:
            rest.append(_participle_content(text, f, groups, starts))
        else:
            by_group.setdefault(n, []).append(f)
    for n, members in by_group.items():
        if len({f.speaker[0].i for f in members if f.speaker}) > 1:
            rest.extend(members)
            continue
        first = min(members, key=lambda f: f.cue.idx if f.cue is not None else f.start)
        own = [f for f in members if _within_neighbours(f, groups, n)]
        start = min([groups[n][0], *(f.start for f in own)])
        end = max([groups[n][1], *(f.end for f in own)])
        rest.append(Found(start, end, first.speaker, first.cue, True, "verb"))
    used = {f.cue.i for f in found if f.cue is not None}
    for tok, speaker in cues or []:
        if tok.i in used:
            continue
        probe = Found(tok.idx, tok.idx, speaker, tok, False, "verb")
        n = _group_of_cue(text, probe, groups, starts)
        if (
            n is not None
            and n not in by_group
            and len(text[groups[n][0] : groups[n][1]].split()) >= MIN_QUOTE_WORDS
        ):
            by_group[n] = [probe]
            rest.append(Found(groups[n][0], groups[n][1], speaker, tok, True, "verb"))
    return [f for f in rest if not _participle_in_taken_group(f, groups, starts, by_group)]


def _participle_in_taken_group(
    f: Found, groups: list[tuple[int, int]], starts: list[int], taken: dict[int, list[Found]]
) -> bool:
    """A participle whose content lies in a group its main verb already says ("X said, adding, “Y”")."""
    if f.cue is None or f.kind != "verb" or not shares_subject(f.cue):
        return False
    n = bisect.bisect_right(starts, f.start) - 1
    return n in taken and groups[n][0] <= f.start and f.end <= groups[n][1]


def _participle_content(text: str, f: Found, groups: list[tuple[int, int]], starts: list[int]) -> Found:
    """A participle introducing the quote group right after it ("“X,” he said, adding later, “Y.”") says
    that group: the parse reads "adding later" as a parenthesis and gives it the whole sentence, both
    quotes and the statement before included."""
    if f.cue is None or f.kind != "verb" or not shares_subject(f.cue):
        return f
    n = bisect.bisect_right(starts, f.cue.idx)
    if n >= len(groups) or not _introduced(text, [f.cue.idx], f.cue.idx, groups[n][0]):
        return f
    g_start, g_end = groups[n]
    if f.start <= g_start and g_end <= f.end and (f.start, f.end) != (g_start, g_end):
        return Found(g_start, g_end, f.speaker, f.cue, True, f.kind)
    return f


def _within_neighbours(f: Found, groups: list[tuple[int, int]], n: int) -> bool:
    """Whether a verb's content stays clear of the groups either side of group `n`."""
    before = groups[n - 1][1] if n > 0 else 0
    after = groups[n + 1][0] if n + 1 < len(groups) else 1 << 62
    return f.start >= before and f.end <= after


def _group_of_cue(text: str, f: Found, groups: list[tuple[int, int]], starts: list[int]) -> int | None:
    """The quote group a reporting verb introduces; a participle or second verb sharing the subject
    ("..., adding that", "and called for") says something of its own. A verb between two groups reports
    the one before it unless it introduces the one after ("“X” and the chief said: “Y”")."""
    if f.cue is None or f.kind != "verb" or shares_subject(f.cue):
        return None
    at = f.cue.idx
    n = bisect.bisect_right(starts, at) - 1
    candidates = [k for k in (n, n + 1) if 0 <= k < len(groups)]
    for k in candidates:
        g_start, g_end = groups[k]
        if g_start <= at < g_end:
            return k
        if k == n and k + 1 < len(groups) and _introduces_next(text, g_end, at, groups[k + 1][0]):
            continue
        gap = text[g_end:at] if at >= g_end else text[at:g_start]
        if len(gap) <= REPORTING_GAP and "\n" not in gap and not _new_sentence_after(text, g_end, at):
            return k
    return None


def _new_sentence_after(text: str, g_end: int, at: int) -> bool:
    """Whether a cue after a quote group starts a new sentence ("“... him.” She says ...")."""
    if at < g_end or g_end < 2:
        return False
    ended = text[g_end - 2] in ".!?"
    follow = text[g_end:at].strip()
    return ended and bool(follow) and follow[0].isupper()


DASHES = frozenset("―—–")


def _signature_after(doc: Doc, end: int) -> list[Token]:
    """The name signed after a quote with a dash ("“...” ― Name"), or nothing."""
    text = doc_text(doc)
    i = end + 1
    while i < len(text) and text[i] in " \u00a0":
        i += 1
    if i >= len(text) or text[i] not in DASHES:
        return []
    span = doc.char_span(i + 1, min(len(text), i + 60), alignment_mode="expand")
    if span is None:
        return []
    words: list[Token] = []
    for tok in span:
        if tok.is_space and not words:
            continue
        if tok.pos_ != "PROPN" or "\n" in tok.text:
            break
        words.append(tok)
    return words


def quote_attributions(
    doc: Doc, units: list[tuple[int, int]], where: list[int], taken: list[Found]
) -> list[Found]:
    """Quotes not already inside a cue verb's content, attributed to the speaker of their sentence."""
    found = []
    taken = sorted(taken, key=lambda f: f.end)
    taken_spans = sorted((f.start, f.end) for f in taken)
    longest = max((e - s for s, e in taken_spans), default=0)
    for start, end in quote_spans(doc_text(doc)):
        if len(doc_text(doc)[start:end].split()) < MIN_QUOTE_WORDS:
            continue
        if _covered_by_any(start, end, taken_spans, longest):
            continue
        speaker, cue = _signature_after(doc, end), None
        if not speaker:
            speaker, cue = _speaker_near(doc, units, where, start, end, taken)
        if speaker:
            found.append(Found(start, end, tuple(speaker), cue, True, "quote"))
    return found


def _covered_by_any(start: int, end: int, spans: list[tuple[int, int]], longest: int) -> bool:
    """Whether half of [start, end) lies inside one of the sorted spans (only nearby spans are looked at)."""
    lo = bisect.bisect_left(spans, (start - longest, -1))
    hi = bisect.bisect_right(spans, (end, len(spans) and spans[-1][1] + 1))
    return any(max(0, min(end, b) - max(start, a)) >= 0.5 * (end - start) for a, b in spans[lo:hi])


def _speaker_near(
    doc: Doc, units: list[tuple[int, int]], where: list[int], start: int, end: int, taken: list[Found]
) -> tuple[list[Token], Token | None]:
    """The speaker of a quote: a subject in its unit outside the quote, else the previous statement's."""
    first = doc.char_span(start, start, alignment_mode="expand")
    tok_i = first.start if first is not None else 0
    tok_i = min(tok_i, len(doc) - 1)
    n = where[tok_i] if tok_i < len(where) else -1
    if n >= 0:
        lo, hi = units[n]
        for tok in doc[max(lo, tok_i - SPEAKER_WINDOW) : min(hi, tok_i + SPEAKER_WINDOW)]:
            if (tok.idx < start - 1 or tok.idx >= end + 1) and is_cue_verb(tok) and not is_passive(tok):
                speaker = [t for t in subject_of(tok, units[n]) if t.idx < start - 1 or t.idx > end]
                if speaker and names_someone(speaker):
                    return speaker, tok
    last = _last_before(taken, start)
    if last is not None:
        return list(last.speaker), last.cue
    return [], None


SPEAKER_WINDOW = 80
"""How many tokens either side of a quote are searched for its reporting verb (bounds the cost)."""
CONTINUATION_CHARS = 400
"""A quote with no speaker of its own continues the statement that ended this close before it."""


def _last_before(taken: list[Found], start: int) -> Found | None:
    """The statement ending last before `start`, within `CONTINUATION_CHARS` (`taken` sorted by end)."""
    n = _bisect_end(taken, start)
    if n >= 0 and start - taken[n].end < CONTINUATION_CHARS:
        return taken[n]
    return None


def _bisect_end(taken: list[Found], start: int) -> int:
    lo, hi = 0, len(taken)
    while lo < hi:
        mid = (lo + hi) // 2
        if taken[mid].end <= start:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1
