"""Transcript turns: "President of Russia Vladimir Putin: Mr President, ..." up to the next label.

Statements for the press, news conferences and briefings reach the reader as transcripts whose
paragraphs open with the speaker. This module reads the layout only: which paragraphs open with a
label (:func:`find_labels`) and how far each turn runs (:func:`turn_extents`). Who a named label
is (the name and the title in it) is the actor stage's job (``ActorFinder.read_label``); the
statement stage makes each turn one statement of its speaker.

The forms of a label are data (``layout.json``, ``turn_labels``): the connector words a label may
hold in lower case, the labels of a question ("Question:", "Q:") and of an answer ("A:", "Reply:"),
the separator lines, and the longest label and heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from sco_core.document import Article

# The unnamed person who asks a question in a transcript ("Question: ..."): one actor per article.
QUESTIONER_ID = "group:questioner"
QUOTE_OPENERS = "“\"‘«'"
_LABEL = re.compile(
    r"(?P<label>[^\s:(][^:\n()]*?)\s*(?:\((?P<note>[^()\n]*)\)\s*)?:(?:[ \t]+(?P<body>\S)|[ \t]*$)"
)
# A word of a label: a capitalised word ("Putin", "Jean-Pierre", "Children’s", "O’Brien", "MR."),
# an initial ("J."), or a connector checked apart.
_WORD = re.compile(r"[A-Z\u00C0-\u024F\u0400-\u04FF][\w’'.\-]*")


@dataclass(frozen=True)
class TurnRules:
    questions: frozenset[str]
    answers: frozenset[str]
    questioner_name: str
    roles: dict[str, str]
    connectors: frozenset[str]
    name_particles: frozenset[str]
    name_max_words: int
    not_openers: frozenset[str]
    max_words: int
    note_max_words: int
    separators: frozenset[str]
    heading_max_words: int

    @classmethod
    def from_data(cls, layout: dict) -> TurnRules:
        data = layout.get("turn_labels", {})
        return cls(
            questions=frozenset(w.lower() for w in data.get("questions", ())),
            answers=frozenset(w.lower() for w in data.get("answers", ())),
            questioner_name=data.get("questioner_name", "Questioner"),
            roles={k.lower(): v for k, v in data.get("roles", {}).items()},
            connectors=frozenset(w.lower() for w in data.get("connectors", ())),
            name_particles=frozenset(w.lower() for w in data.get("name_particles", ())),
            name_max_words=int(data.get("name_max_words", 3)),
            not_openers=frozenset(w.lower() for w in data.get("not_openers", ())),
            max_words=int(data.get("max_words", 16)),
            note_max_words=int(data.get("note_max_words", 6)),
            separators=frozenset(data.get("separators", ())),
            heading_max_words=int(data.get("heading_max_words", 14)),
        )


class Label(NamedTuple):
    """A speaker label at the start of paragraph ``para_id``: ``text[start:end]`` is the label
    without its note and colon; the speech starts at ``body_start``."""

    para_id: int
    start: int
    end: int
    note: str
    kind: str  # "name" | "question" | "answer" | "role"
    body_start: int


class Turn(NamedTuple):
    """One turn: the speech from ``start`` (after the label) to ``end``, over sentences
    ``first_sent`` to ``last_sent``, spoken by ``speaker_id``."""

    label: Label
    speaker_id: str
    first_sent: int
    last_sent: int
    start: int
    end: int


def find_labels(article: Article, rules: TurnRules) -> list[Label]:
    """Return the speaker labels that open paragraphs, in document order.

    A label is at most ``max_words`` words, each capitalised or a connector ("President of the
    United States of America Donald Trump"), or one of the question and answer labels; a note in
    brackets may follow ("(retranslated)"). A colon after a clause ("I agree with you: we have
    ...") is no label, nor is a label whose speech opens with a quotation mark: that paragraph
    quotes, and the quotation marks bound the speech.
    """
    text = article.text
    furniture_paras = {article.sentences[s].para_id for s in article.furniture}
    labels = []
    for para_id, (p_start, p_end) in enumerate(article.paragraphs):
        if para_id in furniture_paras:
            continue
        match = _LABEL.match(text, p_start, p_end)
        if match is None:
            continue
        if match.group("body") and match.group("body") in QUOTE_OPENERS:
            continue
        note = (match.group("note") or "").strip()
        if note and len(note.split()) > rules.note_max_words:
            continue
        label = match.group("label")
        kind = _kind(label, rules)
        if kind is None:
            continue
        if match.group("body"):
            body_start = match.start("body")
        elif para_id + 1 < len(article.paragraphs):
            body_start = article.paragraphs[para_id + 1][0]  # "Vladimir Putin:" on a line of its own
        else:
            continue
        start = match.start("label")
        labels.append(Label(para_id, start, start + len(label), note, kind, body_start))
    return labels


def _kind(label: str, rules: TurnRules) -> str | None:
    lowered = label.lower()
    if lowered in rules.questions:
        return "question"
    if lowered in rules.answers:
        return "answer"
    if lowered in rules.roles:
        return "role"
    words = label.split()
    if not words or len(words) > rules.max_words or not _WORD.fullmatch(words[0]):
        return None
    if words[0].lower() in rules.not_openers or label.isupper():
        return None  # "Dear Dr. Lander:", "EMPOWERING STATE AND LOCAL LEADERS:"
    for word in words:
        if word.lower() in rules.connectors and not word[:1].isupper():
            continue
        if not _WORD.fullmatch(word) or (word.endswith(".") and len(word) > 4):
            return None  # a lower-case word or a sentence end: a clause before a colon
    return "name"


def _is_separator(line: str, rules: TurnRules) -> bool:
    return line.strip() in rules.separators


def _is_heading(line: str, rules: TurnRules) -> bool:
    """A short line with no closing punctuation: "Beginning of meeting with US President Donald
    Trump". Stage notes in brackets ("(Applause.)") belong to the turn."""
    stripped = line.strip()
    if not stripped or stripped[0] in "([" or stripped[-1] in '.!?…:;,”"’)]':
        return False
    return len(stripped.split()) <= rules.heading_max_words


def turn_extents(article: Article, labels: list[tuple[Label, str]], rules: TurnRules) -> list[Turn]:
    """Return the turns of the labels that name a speaker (``(label, speaker_id)`` pairs): each
    runs from its label to the paragraph before the next label, separator or heading."""
    text = article.text
    starts = {label.para_id for label, _ in labels}
    para_sentences: dict[int, list[int]] = {}
    for sentence in article.sentences:
        para_sentences.setdefault(sentence.para_id, []).append(sentence.sent_id)
    turns = []
    for label, speaker_id in labels:
        last_para = label.para_id
        for para_id in range(label.para_id + 1, len(article.paragraphs)):
            p_start, p_end = article.paragraphs[para_id]
            line = text[p_start:p_end]
            if para_id in starts or _is_separator(line, rules) or _is_heading(line, rules):
                break
            last_para = para_id
        sentences = [s for p in range(label.para_id, last_para + 1) for s in para_sentences.get(p, ())]
        if not sentences:
            continue
        end = article.paragraphs[last_para][1]
        if label.body_start >= end:
            continue  # a label with no speech after it
        first = article.sentence_of_char(label.body_start)
        turns.append(Turn(label, speaker_id, first, sentences[-1], label.body_start, end))
    return turns


class LabelSpeakers:
    """Who each label names, read as the actor stage reaches its paragraph (so that a later
    "Vladimir Putin:" or "Putin said" finds the person of "President of Russia Vladimir Putin:").

    A named label is title words and a name, and shows itself as one by a title ("President"),
    a note ("(retranslated)"), a name already known, by recurring (itself or as a short form),
    or by standing in a transcript (after a separator line or a question); else it is a topic lead-in
    ("Climate Change: ..."). The name is the run of capitalised words at its end
    back to a title word, a country or organisation name, or a connector ("President of the
    United States of America | Donald Trump"); after "of X" the first word is the title's
    complement ("Head of the Republic of Crimea | Sergei Aksyonov"). The title part gives the
    person's title and its country and organisation mentions. A question label is the unnamed
    questioner; an answer label is the last named speaker.
    """

    def __init__(self, finder, labels: list[Label], rules: TurnRules) -> None:
        self.finder = finder
        self.rules = rules
        self.by_para = {label.para_id: label for label in labels}
        text = finder.article.text
        self.times: dict[str, int] = {}
        for label in labels:
            self.times[text[label.start : label.end]] = self.times.get(text[label.start : label.end], 0) + 1
        # A text with a question or a separator line before its labels is a transcript: its
        # labels name speakers even with no title ("Vladimir Putin: ..." first of all).
        separators = [
            start for start, end in finder.article.paragraphs if text[start:end].strip() in rules.separators
        ]
        asks = any(label.kind != "name" for label in labels)
        self.transcript_from = 0 if asks else (separators[0] if separators else len(text))
        self.named = sorted(
            {text[label.start : label.end] for label in labels if label.kind == "name"}, key=len
        )
        self.speakers: list[tuple[Label, str]] = []
        self._last_named: str | None = None

    def label_of(self, sentence) -> Label | None:
        """The label that opens ``sentence``, if it opens a labelled paragraph."""
        label = self.by_para.get(sentence.para_id)
        if label is None or not sentence.start <= label.start < sentence.end:
            return None
        return label

    def read(self, label: Label, sentence) -> int:
        """Register the label's speaker and mentions; return the token where the speech starts."""
        finder = self.finder
        doc = finder.article.toks
        first = sentence.first_token
        end = first
        while end < sentence.end_token and doc[end].idx < label.end:
            end += 1
        body = end
        while body < sentence.end_token and doc[body].idx < label.body_start:
            body += 1
        speaker = None
        if label.kind == "question":
            entry = finder.registry.ensure(QUESTIONER_ID, self.rules.questioner_name, "group")
            finder.add_mention(entry, first, end, via="name", rule="label")
            speaker = entry.actor_id
        elif label.kind == "answer":
            speaker = self._last_named
        elif label.kind == "role":  # "Moderator:": an unnamed person, by their part
            role = self.rules.roles[finder.article.text[label.start : label.end].lower()]
            entry = finder.registry.ensure(f"person:role:{role.lower()}", role, "person")
            finder.add_mention(entry, first, end, via="name", rule="label")
            speaker = entry.actor_id
        else:
            speaker = self._person(label, first, end)
            self._last_named = speaker or self._last_named
        if speaker is None:
            return first  # no speaker: the paragraph reads as any other
        self.speakers.append((label, speaker))
        finder.claimed.update(range(first, body))
        return body

    def _short_form(self, label: Label, first: int, end: int) -> list[int]:
        """The name of "Presidential Commissioner for Children’s Rights Anna Kuznetsova:" is the
        shorter label the text uses later for the same speaker ("Anna Kuznetsova:")."""
        doc = self.finder.article.toks
        text = self.finder.article.text[label.start : label.end]
        for short in self.named:
            if len(short) < len(text) and text.endswith(" " + short) and " " in short:
                at = label.end - len(short)
                return [i for i in range(first, end) if doc[i].idx >= at]
        return []

    def _name_at_end(self, first: int, end: int) -> list[int]:
        """The capitalised words at the end of a label, back to a title word, a country or
        organisation, a connector, a possessive or an acronym, at most ``name_max_words`` of them
        besides particles ("Salman bin Hamad Al Khalifa")."""
        finder = self.finder
        doc = finder.article.toks
        words = [i for i in range(first, end) if not doc[i].is_lower and doc[i].text.isalpha()]
        if len(words) <= self.rules.name_max_words and not any(
            finder.article.toks[i].lower_ in finder.lex.title_words for i in words
        ):
            return list(range(first, end))  # the label is a name: "German Gref", "Marine Le Pen"
        k, words = end, 0
        while k > first and words < self.rules.name_max_words:
            token = doc[k - 1]
            if self._ends_title(k - 1):
                break
            if token.lower_ in self.rules.name_particles and token.is_lower:
                k -= 1
                continue
            if token.is_lower or "’" in token.text or "'" in token.text:
                break  # "of", "and": the title goes on; "Children’s Rights": not a name
            if len(token.text) > 1 and token.text.isupper():
                break  # "Gazprom CEO Alexei Miller"
            k -= 1
            words += 1
        name = list(range(k, end))
        if words == self.rules.name_max_words and k > first and not self._ends_title(k - 1):
            # "of Crimea Sergei Aksyonov", "of South Ossetia Anatoly Bibilov": the longest name
            # reached with more words before it; its first word is the title's complement.
            name = name[1:]
        while name and doc[name[0]].is_lower:
            name = name[1:]
        return name

    def _ends_title(self, i: int) -> bool:
        """Is token ``i`` a title word or a country or organisation name: where a name begins after?"""
        finder = self.finder
        kind = finder.name_label.get(i, ("",))[0]
        token = finder.article.toks[i]
        return (not token.is_lower and token.lower_ in finder.lex.title_words) or kind in {
            "COUNTRY",
            "DEMONYM",
            "ORG",
            "TITLE",
        }

    def _person(self, label: Label, first: int, end: int) -> str | None:
        finder = self.finder
        doc = finder.article.toks
        heads = [doc[i].text for i in range(first, end) if doc[i].text in finder.heads]
        # "Special Envoy of the Japanese Government Yoshiro Mori:": an organisation inside a title.
        in_title = finder.name_label.get(first, ("",))[0] == "TITLE" and not (
            set(heads) & (finder.lex.document_heads | finder.lex.event_heads)
        )
        if heads and not in_title:
            return None  # "Joint Declaration of Agriculture Exporters:": a heading, not a speaker
        short = self._short_form(label, first, end)
        name = short or self._name_at_end(first, end)
        if not name:
            return None
        name_text = doc[name[0] : name[-1] + 1].text
        if len(name) == 1 and name_text not in finder.registry.person_forms:
            return None  # "Moderator:", "Government:": one unknown word is no name
        title = doc[first : name[0]].text.strip() if name[0] > first else ""
        titled = any(finder.name_label.get(i, ("",))[0] == "TITLE" for i in range(first, name[0]))
        text = finder.article.text
        if not (
            titled
            or short
            or label.note
            or label.start >= self.transcript_from
            or name_text in finder.registry.person_forms
            or self.times.get(text[label.start : label.end], 0) > 1
        ):
            # "Climate Change: G20 Leaders came out ...", "Build Back Better World: ...": a topic
            # lead-in. A speaker label shows itself by a title, a note, a known name or recurring.
            return None
        i = first
        while i < name[0]:
            span = finder.name_label.get(i)
            if span is not None and span[0] in {"COUNTRY", "ORG"} and span[3] <= name[0]:
                if span[0] == "COUNTRY":
                    finder._country(span[1], span[2], span[3])
                else:
                    finder._organization(span[1], span[2], span[3], via="alias")
                i = span[3]
            else:
                i += 1
        before = set(finder.registry.entries)
        finder._person(name, title=title, rule="label")
        hit = finder.mentions[-1]
        entry = finder.registry.get(hit.actor_id)
        if hit.actor_id not in before and entry.type != "person":
            return None
        if entry.name != name_text and name_text in entry.name:
            # "On Russia Day Vladimir Putin ..." gave "Day Vladimir Putin": the label says who.
            entry.add_form(entry.name)
            entry.name = name_text
        entry.locked = True
        return hit.actor_id
