"""Scoring an extraction against a reader's annotations (the ``tests/data`` expectation format).

:func:`score` counts, for one article, how many annotated facts the extraction gets right;
:data:`RATIOS` names the shares that the benchmark reports and the tests hold to a bar.
Statements are found by character offset, so a statement that spans several sentences (a
quotation) is matched wherever the annotated words stand inside it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sco_core.extractor import Extraction

_QUOTES = "\"'\u201c\u201d\u2018\u2019"

# (label, hits, out of): the shares reported, each a pair of counter keys.
RATIOS: tuple[tuple[str, str, str], ...] = (
    ("Statement speakers", "statements speaker right", "statements"),
    ("Statements, speaker + kind + attribution", "statements all fields right", "statements"),
    ("Multi-sentence quotations as one statement", "quotations whole", "multi-sentence quotations"),
    ("Transcript turns, whole and under their labelled speaker", "turns right", "turns"),
    ("Collective and joint statements found", "collective statements right", "collective statements"),
    ("Sentences that are not statements, left alone", "non-statements left alone", "non-statements"),
    ("Proposal items (ordinal + text)", "proposal items right", "proposal items"),
    ("Proposers", "proposers right", "proposal sets with a proposer"),
    ("Named lists, items exactly right", "named lists exactly right", "named lists"),
    ("Named lists of the annotated kind", "named lists of the right kind", "named lists"),
    ("Principles found", "principles found", "principles"),
    (
        "Principles extracted that the annotations name",
        "principles extracted and annotated",
        "principles extracted",
    ),
    ("Event kind (meta)", "event kinds right", "event kinds"),
    ("Document themes, precision", "document themes right", "document themes found"),
    ("Document themes, recall", "document themes right", "document themes"),
    ("Actors found by name or alias", "actors found by name", "actors"),
    ("Actor types", "actor types right", "actors found by name"),
    ("Titles", "titles right", "titles expected"),
    ("Aliases", "aliases found", "aliases expected"),
    ("Non-actors left alone", "non-actors left alone", "non-actors"),
)


def norm(value: Any) -> str:
    """Return a name or label folded for comparison (case, quotes, spaces, a leading 'the')."""
    text = "" if value is None else str(value).replace("\u2019", "'").casefold()
    return " ".join(text.strip(_QUOTES + " ").split()).removeprefix("the ")


def share(counts: Mapping[str, int], hits: str, total: str) -> float | None:
    """Return ``counts[hits] / counts[total]``, or None when nothing was counted."""
    return counts[hits] / counts[total] if counts.get(total) else None


def _ids(value: Any) -> list[str]:
    """Return a list cell (``sentences``, ``members``) as strings; a missing cell is empty."""
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, Iterable) else []


def score(result: Extraction, spec: Mapping[str, Any], misses: list[str] | None = None) -> Counter:
    """Return the counts of one article's annotated facts and of those the extraction gets right;
    ``misses``, when given, gets a line for each annotated statement or turn whose speaker is wrong."""
    counts: Counter = Counter()
    _score_statements(result, spec, counts, [] if misses is None else misses)
    _score_proposals(result, spec, counts)
    _score_lists(result, spec, counts)
    _score_principles(result, spec, counts)
    _score_themes(result, spec, counts)
    _score_event_kind(result, spec, counts)
    _score_actors(result, spec, counts)
    return counts


def _score_statements(
    result: Extraction, spec: Mapping[str, Any], counts: Counter, misses: list[str]
) -> None:
    text = result.text
    sentences = result.sentences
    starts = sentences["start"].tolist()
    names = dict(zip(result.actors["actor_id"], result.actors["name"], strict=True))
    rows = result.statements.to_dict("records")

    def sentence_at(char: int) -> int:
        low, high = 0, len(starts) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if starts[mid] <= char:
                low = mid
            else:
                high = mid - 1
        return int(sentences["sent_id"].iloc[low]) if starts else -1

    def rows_at(char: int) -> list[dict[str, Any]]:
        sent_id = sentence_at(char)
        return [row for row in rows if sent_id in {int(s) for s in _ids(row["sentences"])}]

    # Two speakers annotated in one sentence ("Lavrov and Wang said", "Dr. Fauci and members of
    # the COVID Response Team updated ...") are both right when the engine gives the sentence one
    # joint statement standing for each of them, whether or not one is itself a collective.
    shared = Counter(e["contains"] for e in spec.get("statements", []))

    def speaker_right(row: Mapping[str, Any], expected: Mapping[str, Any]) -> bool:
        if norm(row["speaker"]) == norm(expected["speaker"]):
            return True
        found = {norm(names.get(m, m)) for m in _ids(row.get("members"))}
        if shared[expected.get("contains")] > 1 and row.get("joint") and norm(expected["speaker"]) in found:
            return True
        members = expected.get("members")
        if not (expected.get("joint") and members and row.get("joint")):
            return False
        return found == {norm(m) for m in members}

    annotated: set[int] = set()
    for expected in spec.get("statements", []):
        at = text.find(expected["contains"])
        counts["statements"] += 1
        if at < 0:
            continue
        candidates = rows_at(at)
        annotated.add(sentence_at(at))
        right = [row for row in candidates if speaker_right(row, expected)]
        counts["statements speaker right"] += bool(right)
        if not right:
            found = (
                ", ".join(f"{row['speaker']} ({row['attribution']})" for row in candidates) or "no statement"
            )
            what = "collective" if expected.get("joint") else "statement"
            misses.append(f"{what}: {expected['contains'][:70]!r}: {expected['speaker']!r}; found {found}")
        strict = [
            row
            for row in right
            if all(row[k] == expected[k] for k in ("kind", "attribution") if k in expected)
        ]
        counts["statements all fields right"] += bool(strict)
        if expected.get("joint"):
            counts["collective statements"] += 1
            counts["collective statements right"] += bool(right)
        if "through" in expected:
            last = text.find(expected["through"], at)
            counts["multi-sentence quotations"] += 1
            counts["quotations whole"] += any(
                row["start"] <= at and last + len(expected["through"].rstrip()) <= row["end"]
                for row in candidates
            )
            annotated.update(range(sentence_at(at), sentence_at(max(at, last)) + 1))
    for turn in spec.get("turns", []):
        at = text.find(turn["contains"])
        # A "through" may end in white space that makes it unique ("Thank you very much.\n"): an
        # evidence span never ends in white space, so neither does the annotated one.
        last = text.find(turn["through"], max(at, 0)) + len(turn["through"].rstrip())
        counts["turns"] += 1
        if at < 0:
            continue
        annotated.update(range(sentence_at(at), sentence_at(last - 1) + 1))
        turn_right = any(
            row["start"] <= at
            and last <= row["end"]
            and row["attribution"] == "label"
            and speaker_right(row, turn)
            for row in rows_at(at)
        )
        counts["turns right"] += turn_right
        if not turn_right:
            misses.append(f"turn: {turn['contains'][:70]!r}: {turn['speaker']!r}")
    for substring in spec.get("not_statements", []):
        at = text.find(substring)
        counts["non-statements"] += 1
        counts["non-statements left alone"] += at < 0 or not rows_at(at)
        if at >= 0:
            annotated.add(sentence_at(at))
    counts["statements found"] += len(rows)
    counts["statements found outside the annotations"] += sum(
        1 for row in rows if not annotated & {int(s) for s in _ids(row["sentences"])}
    )


def _score_proposals(result: Extraction, spec: Mapping[str, Any], counts: Counter) -> None:
    proposals = result.proposals
    for proposal in spec.get("proposals", []):
        rows = proposals[proposals.set_label.map(norm) == norm(proposal.get("set_label", ""))]
        for item in proposal.get("items", []):
            counts["proposal items"] += 1
            hit = rows[
                (rows.ordinal == item["ordinal"]) & rows.text.str.contains(item["contains"], regex=False)
            ]
            counts["proposal items right"] += not hit.empty
        if "proposer" in proposal:
            counts["proposal sets with a proposer"] += 1
            counts["proposers right"] += bool(len(rows)) and norm(rows.iloc[0].proposer) == norm(
                proposal["proposer"]
            )


def _score_lists(result: Extraction, spec: Mapping[str, Any], counts: Counter) -> None:
    lists = result.lists
    for expected in spec.get("lists", []):
        counts["named lists"] += 1
        rows = lists[lists.label.map(norm) == norm(expected["label"])]
        # Items as labels are compared: folded by :func:`norm` (case, quotes, a leading "the").
        found = [
            [norm(i) for i in group.sort_values("position").item] for _, group in rows.groupby("list_id")
        ]
        counts["named lists exactly right"] += [norm(i) for i in expected["items"]] in found
        if "kind" in expected:
            kinds = set(rows.kind) if "kind" in rows else set()
            counts["named lists of the right kind"] += expected["kind"] in kinds


def _words(value: str) -> list[str]:
    return norm(value).replace(",", " ").split()


def same_principle(found: str, expected: str) -> bool:
    """Do two principles read alike: the same words after :func:`norm`, or one holding the other
    as whole words where the shorter has at least half the longer's words ("international law"
    and "respect for international law", not "law" and "the rule of law in all its forms")?"""
    a, b = _words(found), _words(expected)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if not short or 2 * len(short) < len(long):
        return False
    return any(long[k : k + len(short)] == short for k in range(len(long) - len(short) + 1))


def _score_principles(result: Extraction, spec: Mapping[str, Any], counts: Counter) -> None:
    """Each annotated principle is found when a principle list's item or label reads alike."""
    lists = result.lists
    rows = lists[lists.kind == "principle"] if "kind" in lists else lists.iloc[0:0]
    found = list(dict.fromkeys([*rows.item, *rows.label]))
    expected_all = spec.get("principles", [])
    for expected in expected_all:
        counts["principles"] += 1
        counts["principles found"] += any(same_principle(f, expected) for f in found)
    if "principles" in spec:  # annotated for its principles (none, too): how many found are named
        items = list(dict.fromkeys(rows.item))
        counts["principles extracted"] += len(items)
        counts["principles extracted and annotated"] += sum(
            any(same_principle(item, expected) for expected in expected_all) for item in items
        )


def document_themes(result: Extraction) -> list[str]:
    """The themes the engine gives the article as a whole (``meta["themes"]``; before that key
    existed, every theme any sentence carries)."""
    if "themes" in result.meta:
        return [row["theme"] for row in result.meta["themes"]]
    return list(dict.fromkeys(result.themes.theme))


def _score_themes(result: Extraction, spec: Mapping[str, Any], counts: Counter) -> None:
    if not spec.get("themes"):
        return
    expected = set(spec["themes"])
    found = set(document_themes(result))
    counts["document themes"] += len(expected)
    counts["document themes found"] += len(found)
    counts["document themes right"] += len(expected & found)


# Kinds the annotations name two ways: a joint statement is a statement, bilateral talks talks;
# an article whose event the engine cannot name reports "other".
_EVENT_FAMILIES = {"joint statement": "statement", "bilateral talks": "talks"}


def event_family(kind: str | None) -> str:
    """An event kind folded to the family the scorer compares."""
    folded = norm(kind) or "other"
    return _EVENT_FAMILIES.get(folded, folded)


def _score_event_kind(result: Extraction, spec: Mapping[str, Any], counts: Counter) -> None:
    expected = (spec.get("meta") or {}).get("event_kind")
    if expected is None:
        return
    counts["event kinds"] += 1
    counts["event kinds right"] += event_family(result.meta.get("event_kind")) == event_family(expected)


def _score_actors(result: Extraction, spec: Mapping[str, Any], counts: Counter) -> None:
    actors = result.actors
    folded = actors.name.map(norm)
    # The forms the text names each actor by: its name or an alias ("NATO", "ABM Treaty" for
    # "the 1972 ABM Treaty"), never a role ("the President") or a pronoun.
    mentions = result.mentions
    roles = (
        mentions[mentions.via == "role"].groupby("actor_id").text.agg(lambda texts: {norm(t) for t in texts})
    )
    forms = [
        {norm(a) for a in aliases} - roles.get(actor_id, set())
        for actor_id, aliases in zip(actors.actor_id, actors.aliases, strict=True)
    ]
    for expected in spec.get("actors", []):
        counts["actors"] += 1
        # Found by its name, or by a form the text gives it that the engine keeps as an alias
        # ("NATO" for the North Atlantic Treaty Organization).
        wanted = norm(expected["name"])
        rows = actors[folded == wanted]
        if rows.empty:
            rows = actors[[wanted in f for f in forms]]
        counts["actors found by name"] += not rows.empty
        if rows.empty:
            continue
        row = rows.iloc[0]
        counts["actor types right"] += row.type == expected.get("type", row.type)
        if "title" in expected:
            counts["titles expected"] += 1
            counts["titles right"] += norm(row.title) == norm(expected["title"])
        for alias in expected.get("aliases_include", []):
            counts["aliases expected"] += 1
            counts["aliases found"] += norm(alias) in {norm(a) for a in row.aliases}
    for name in spec.get("not_actors", []):
        counts["non-actors"] += 1
        counts["non-actors left alone"] += bool((folded != norm(name)).all()) and not any(
            norm(name) in f for f in forms
        )
