"""Attribution: which actor a speech cue belongs to, from the clause around it.

The speaker stands before the cue ("Zhang said", "The Chinese ambassador said", past an
appositive or a relative clause), after it ("said Gao Fei, a professor ..."; "according to"), is a
collective ("the ministers", "both sides"), a pair named by roles, a label before a quotation
("Oregon Senator Jeff Merkley: “...”") or a headline ("Putin: ..."); pronouns and roles resolve
through the :mod:`sco_core.focus` stage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sco_core.actors import ActorEntry, MentionHit, title_holds
from sco_core.focus import FocusTracker
from sco_core.reading import PRE_CUE_WORDS, PREPOSITIONS, SPEAKER_TYPES, Reading, Stage
from sco_core.records import Sentence

_BOUNDARY = {",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "‘", "’", "«", "»"}
_RELATIVE = {"who", "which", "whose", "whom", "that", "where", "when"}
# A word before a cue that makes the cue a noun: "amid calls for", "his remarks".
_NOUN_USE = frozenset(
    "amid the a an his her their its our despite with of growing repeated renewed such these those".split()
)
# The small words a speaker label of names and titles may hold ("Co-Chair of the Council and ...").
_LABEL_WORDS = frozenset("of the and for on in at de du da von van der to & -".split())


# The auxiliaries of a passive aside: "as was asserted by", "as has been stressed by".
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been"})
# The pronoun a possessive stands for: "In his opinion" is his.
_POSSESSIVE_KINDS = {"his": "person-male", "her": "person-female", "their": "group", "its": "thing"}
# Words of a time between a document and what it says: "the statement last week, calling on".
_TIME_WORDS = frozenset("last this week month year yesterday today earlier".split())
# At most this many tokens in a participle's aside between a document and its cue.
_ASIDE_WORDS = 12


# Words before a joint subject that are no part of its name: "The United States and India".
_JOINT_OPENERS = frozenset({"the", "both", "and", "while", "whereas", "but", "as", "so"})
# Adverbs that join a clause to the one before and may stand before its subject: "...; therefore
# the President said".
_CONNECTIVES = frozenset("therefore thus hence however yet".split())
# Words that may stand before a clause's first actor, its subject: "And the President said".
_SUBJECT_OPENERS = _JOINT_OPENERS | {"a", "an"} | _CONNECTIVES


@dataclass
class Attribution:
    """A speech cue and who it is attributed to."""

    speakers: list[str]
    cue: str
    cue_start: int
    cue_end: int
    clause_start: int
    attribution: str
    pronoun: tuple[int, int] | None = None
    # A report inside another's ("The Statement ... noted that all CIS members expressed ..."): its
    # clause is inside the reporter's statement, which keeps the whole sentence.
    nested: bool = False


class Attributor(Stage):
    """Finds the speakers of a sentence's speech cues."""

    def __init__(self, reading: Reading, tracker: FocusTracker) -> None:
        super().__init__(reading)
        self.tracker = tracker
        self.speech_by_sentence: dict[int, list[tuple[int, int, str]]] = {}
        for cue in sorted(self.actors.cue_at.get("SPEECH", {}).values()):
            self.speech_by_sentence.setdefault(self.article.token_sent[cue[0]], []).append(cue)
        self.pronouns = {
            start: (start, end, ident) for start, end, ident in self.actors.cue_at.get("PRONOUN", {}).values()
        }
        nouns = self.collectives.nouns
        self.collective_words = frozenset(noun.split()[-1] for noun in nouns.people | nouns.parties)
        self.sender_documents = self.actors.lex.sender_documents
        self.opening_phrases = self.actors.lex.opening_phrases
        self._trailing_roles_end = 0
        self._role_mentions: set[int] = set()  # where _role_subject has added a mention

    def attribute(self, sentence: Sentence) -> list[Attribution]:
        doc = self.article.toks
        found: list[Attribution] = []
        for cue_start, _cue_end, ident in self.speech_by_sentence.get(sentence.sent_id, ()):
            cue_end = _cue_end
            if self.actors.in_quote[cue_start]:
                continue
            if ident == "stance":
                held = self._stance_holder(sentence, cue_start, cue_end)
                if held is not None and not any(a.speakers == held.speakers for a in found):
                    found.append(held)
                continue
            if cue_start > sentence.first_token and doc[cue_start - 1].lower_ in _NOUN_USE:
                continue  # "amid calls for", "his remarks": a noun, not a verb of speech
            if (
                cue_start - 2 >= sentence.first_token
                and doc[cue_start - 2].lower_ in {"a", "an"}
                and not doc[cue_start].lower_.endswith(("s", "ed"))
            ):
                continue  # "struck a different note", "a renewed call for": a noun after "a" and a word
            agent = self._as_asserted_by(sentence, cue_start, cue_end)
            if agent is not None:
                found.append(agent)  # "..., as was asserted by Mr Putin, ..."
                continue
            if (
                cue_start > sentence.first_token
                and doc[cue_start - 1].text == ","
                and doc[cue_start].lower_.endswith("ed")
                and cue_end < sentence.end_token
                and doc[cue_end].lower_ == "by"
            ):
                continue  # "the statement, endorsed by 14 countries,": a passive aside, not the subject's word
            if cue_start > sentence.first_token and doc[cue_start - 1].lower_ == "been":
                continue  # "Argentina ... have been invited to become members": done to them, not said
            # "..., said Hissein Brahim Taha, the Secretary General": a name right after a cue that
            # follows a comma or a closing quote is the speaker, whatever the clause before holds.
            after_boundary = cue_start > sentence.first_token and doc[cue_start - 1].text in _BOUNDARY
            postposed = self._postposed(sentence, cue_start, cue_end) if after_boundary else None
            attribution = (
                self._document_participle(sentence, cue_start, cue_end)
                or postposed
                or self._preverbal(sentence, cue_start, cue_end)
                or self._postposed(sentence, cue_start, cue_end)
                # A second verb sharing the subject of a cue already read is the same statement.
                or (None if found else self._coordinated_subject(sentence, cue_start))
            )
            if attribution is not None and not attribution.cue:
                attribution.cue = doc[cue_start:cue_end].text
                attribution.cue_end = cue_end
            if attribution is None:
                continue
            if any(a.cue_start == attribution.cue_start for a in found):
                continue
            # A second cue of the same speaker ("He stressed ..., and called for ...") is one statement.
            if found and attribution.speakers == found[-1].speakers:
                continue
            found.append(attribution)
        if found and all(a.nested for a in found):
            # "- FURTHER REAFFIRM that the Partnership supports ...": a report inside a report whose
            # reporter no clause names (the item's lead-in, the text's authors) is theirs to tell.
            found = []
        return found or self._headline_speaker(sentence)

    def _as_asserted_by(self, sentence: Sentence, cue_start: int, cue_end: int) -> Attribution | None:
        """ "The need for reform, as was asserted by Mr Putin, is urgent", "as has been stressed by
        the ministers": an aside in the passive names its speaker after "by"."""
        doc = self.article.toks
        if (
            cue_end >= sentence.end_token
            or doc[cue_end].lower_ != "by"
            or not doc[cue_start].lower_.endswith("ed")
        ):
            return None
        k = cue_start - 1
        while k > sentence.first_token and doc[k].lower_ in _PASSIVE_AUXILIARIES:
            k -= 1
        if doc[k].lower_ != "as" or k == cue_start - 1:
            return None
        found = self._subjects_in(sentence, cue_end + 1, self._clause_end(sentence, cue_end + 1))
        if not found:
            return None
        speakers, attribution, pronoun = found
        return Attribution(speakers, doc[cue_start:cue_end].text, cue_start, cue_end, k, attribution, pronoun)

    def _stance_holder(self, sentence: Sentence, cue_start: int, cue_end: int) -> Attribution | None:
        """Whose view, opinion or priority a stance noun names: the possessor ("In his opinion",
        "In Mr Putin's view", "the COVID Response Team's recommendation") or the complement ("In the
        view of the ministers", "The top priority of the President and the Taoiseach")."""
        doc = self.article.toks
        start, end = self.actors.stance_holder[cue_start]
        cue = doc[cue_start:cue_end].text
        kind = _POSSESSIVE_KINDS.get(doc[start].lower_) if end - start == 1 else None
        if kind is not None:
            resolved = self.tracker.resolve_pronoun(kind, start)
            if resolved is None:
                return None
            return Attribution([resolved], cue, cue_start, cue_end, start, "pronoun", (start, end))
        found = self._subjects_in(sentence, start, end, possessor=True)
        if not found:
            return None
        speakers, attribution, pronoun = found
        return Attribution(speakers, cue, cue_start, cue_end, start, attribution, pronoun)

    def _document_participle(self, sentence: Sentence, cue_start: int, cue_end: int) -> Attribution | None:
        """ "adopted a joint statement reaffirming their commitment", "the warning statement last
        week, endorsed by 14 countries, calling on the Houthis to cease": a participle of speech
        right after a document, past a time or a participle's aside, is what the document says."""
        doc = self.article.toks
        if not doc[cue_start].lower_.endswith("ing"):
            return None
        j = cue_start
        if j > sentence.first_token and doc[j - 1].text == ",":
            # ", endorsed by 14 countries, including Bahrain,": an aside that opens on a participle.
            opening = next(
                (
                    k
                    for k in range(j - 2, max(sentence.first_token, j - _ASIDE_WORDS) - 1, -1)
                    if doc[k].text == ","
                    and k + 1 < j
                    and doc[k + 1].is_lower
                    and doc[k + 1].lower_.endswith("ed")
                ),
                None,
            )
            if opening is None:
                return None
            j = opening
        while j > sentence.first_token and (
            j - 1 in self.actors.date_tokens or doc[j - 1].lower_ in _TIME_WORDS
        ):
            j -= 1  # "the statement last week", "a declaration on Monday"
        document = next(
            (
                h
                for h in self.by_sentence.get(sentence.sent_id, ())
                if h.end_token == j and not h.in_quote and self.type_of(h.actor_id) == "document"
            ),
            None,
        )
        if document is None:
            return None
        cue = doc[cue_start:cue_end].text
        return Attribution([document.actor_id], cue, cue_start, cue_end, document.start_token, "explicit")

    def _headline_speaker(self, sentence: Sentence) -> list[Attribution]:
        """A headline "Putin: BRICS is not directed against anyone" quotes its opening name."""
        doc = self.article.toks
        para_start, para_end = self.article.paragraphs[sentence.para_id]
        if (
            sentence.start != para_start
            or sentence.end != para_end
            or self.article.text[para_end - 1] in '.!?"”'
        ):
            return []
        mentions = self.by_sentence.get(sentence.sent_id, [])
        first = mentions[0] if mentions else None
        if (
            first is None
            or first.start_token != sentence.first_token
            or self.type_of(first.actor_id) not in SPEAKER_TYPES
        ):
            return []
        if first.end_token >= sentence.end_token or doc[first.end_token].text != ":":
            return []
        return [
            Attribution([first.actor_id], "", first.end_token, first.end_token, first.start_token, "explicit")
        ]

    def label_speaker(self, sentence: Sentence) -> str | None:
        """ "Illinois Senator Tammy Duckworth and New Jersey Senator Cory Booker: “There is nothing
        more ...”": a paragraph that opens with names and a colon before a quotation quotes them
        (several names: one joint speaker named by the label)."""
        doc = self.article.toks
        para_start, _ = self.article.paragraphs[sentence.para_id]
        quotes = self.article.quotes_in(sentence.start, sentence.end)
        if sentence.start != para_start or not quotes:
            return None
        colon = next(
            (i for i in range(sentence.first_token, sentence.end_token) if doc[i].idx >= quotes[0].start - 1),
            None,
        )
        if colon is None:
            return None
        colon -= 1  # the token before the opening mark
        while colon > sentence.first_token and doc[colon].is_space:
            colon -= 1
        if doc[colon].text != ":" or colon - sentence.first_token > 60:
            return None
        if any(not self._label_word(j) for j in range(sentence.first_token, colon)):
            return None  # a clause, not a label of names and titles ("Russia made one thing clear:")
        in_label = [h for h in self.by_sentence.get(sentence.sent_id, []) if h.end_token <= colon]
        if not in_label or any(
            doc[j].text == "," for j in range(sentence.first_token, in_label[0].start_token)
        ):
            return (
                None  # the label opens with a name the rules do not know ("Richard Moore, Co-Chair of ...")
            )
        speakers = [
            h.actor_id for h in in_label if self.type_of(h.actor_id) in {"person", "organization", "country"}
        ]
        people = [s for s in dict.fromkeys(speakers) if self.type_of(s) == "person"]
        chosen = people or list(dict.fromkeys(speakers))
        if not chosen:
            return None
        label = doc[sentence.first_token : colon].text
        if len(chosen) == 1 or " and " not in label:
            return chosen[0]  # one name, with an appositive that may name others
        return self.collectives.joint(label, chosen, sentence.first_token, colon).actor_id

    def _label_word(self, i: int) -> bool:
        """Whether token ``i`` may stand in a label of names and titles: a capitalised word, a small
        word ("Secretary of State"), a possessive ("CNN’s Scott Jennings") or the lower-case end of
        a hyphened title ("Ambassador-designate")."""
        token = self.article.toks[i]
        if not token.is_lower or token.lower_ in _LABEL_WORDS or token.lower_ in {"’s", "'s"}:
            return True
        before = self.article.toks[i - 1] if i else None
        return before is not None and before.text == "-" and before.idx + 1 == token.idx

    def _clause_start(self, sentence: Sentence, cue_start: int) -> int:
        doc = self.article.toks
        i = cue_start
        while i > sentence.first_token:
            if doc[i - 1].text == ")":
                # "The United States of America (United States) and India are pleased": a short
                # bracket inside the subject (a name's short form, an acronym) does not end it.
                opening = next(
                    (j for j in range(i - 2, max(sentence.first_token, i - 8) - 1, -1) if doc[j].text == "("),
                    None,
                )
                if opening is not None and opening > sentence.first_token and self._named_before(opening):
                    i = opening
                    continue
            if doc[i - 1].text in _BOUNDARY:
                break
            i -= 1
        return i

    def _list_start(self, sentence: Sentence, clause: int, cue_start: int) -> int:
        """ "The leaders of Russia, China, India and Brazil stressed": a clause that opens on the
        last names of a list ("India and Brazil") starts where the list does, past each ", Name"
        before it, and at the noun phrase that leads into it when that ends on its first name."""
        doc = self.article.toks
        hits = sorted(
            (h for h in self.by_sentence.get(sentence.sent_id, []) if clause <= h.start_token < cue_start),
            key=lambda h: h.start_token,
        )
        first = clause + (1 if doc[clause].lower_ == "the" else 0)
        if len(hits) < 2 or hits[0].start_token != first or doc[clause - 1].text != ",":
            return clause
        gap = [doc[j].lower_ for j in range(hits[0].end_token, hits[1].start_token)]
        if "and" not in gap or not set(gap) <= {"and", "the", ","}:
            return (
                clause  # "After meeting Xi, Putin said": no list; "Putin stressed ... and": no coordination
            )
        ends = {h.end_token: h for h in self.by_sentence.get(sentence.sent_id, [])}
        start, items = clause, 0
        while start - 1 > sentence.first_token and doc[start - 1].text == ",":
            before = ends.get(start - 1)
            if before is None:
                break
            item = before.start_token - (1 if doc[before.start_token - 1].lower_ == "the" else 0)
            if item > sentence.first_token and doc[item - 1].text == ",":
                start, items = item, items + 1  # ", China": one more item of the list
                continue
            lead = self._clause_start(sentence, item)
            opener = doc[lead]
            subject_like = opener.lower_ in _SUBJECT_OPENERS or (
                opener.is_title and not opener.lower_.endswith(("ing", "ed"))
            )
            if subject_like and opener.lower_ not in PREPOSITIONS:
                return lead  # "The leaders of Russia": the subject that leads into the list
            # "In the United Nations Security Council, the United States and Ireland will ...": an
            # opening phrase, not a list's first item, unless a list of three or more runs on.
            return item if items else clause
        return start if items else clause

    def _named_before(self, i: int) -> bool:
        """Does a mention end right before token ``i``?"""
        sent_id = self.article.token_sent[i]
        return any(h.end_token == i for h in self.by_sentence.get(sent_id, ()))

    def _preverbal(self, sentence: Sentence, cue_start: int, cue_end: int) -> Attribution | None:
        """Return the speaker in the clause before a cue, stepping back over an appositive or a
        relative clause: "Zhang Hanhui, Chinese Ambassador to Russia, said" / "Wang, who ..., said"."""
        doc = self.article.toks
        cue = doc[cue_start:cue_end].text
        end = cue_start
        clause = self._list_start(sentence, self._clause_start(sentence, cue_start), cue_start)
        reported = next(
            (
                k
                for k in range(cue_start - 1, clause - 1, -1)
                if doc[k].lower_ == "that" and {k, k + 1} & self.actors.speech_ends
            ),
            None,
        )
        if reported is not None:
            # "..., and noted that all CIS members expressed ...": the subject of a report inside a
            # report follows its "that".
            found = self._subjects_in(sentence, reported + 1, cue_start)
            if not found or found[2] is not None:
                return None  # "The United States affirms that it intends to ...": the reporter's own
            speakers, attribution, pronoun = found
            return Attribution(
                speakers, cue, cue_start, cue_end, reported + 1, attribution, pronoun, nested=True
            )
        # "Wang Wenbin, a spokesperson for the ministry, later told": an adverb before the cue.
        while end > clause and doc[end - 1].lower_ in PRE_CUE_WORDS:
            end -= 1
        # "As he pointed out, ...", "As the document says, ...": an attribution as an aside.
        if doc[clause].lower_ == "as" and end - clause <= 6:
            clause += 1
        for _ in range(3):
            segment = [t.lower_ for t in doc[clause:end]]
            if (
                segment
                and segment[0] in _RELATIVE
                and len(segment) <= 2
                and clause - 2 >= sentence.first_token
            ):
                # "the agreement, which Anwar said ...": the relative clause has a subject of its own.
                own = self._subjects_in(sentence, clause + 1, end)
                if own is not None:
                    speakers, attribution, pronoun = own
                    return Attribution(speakers, cue, cue_start, cue_end, clause, attribution, pronoun)
                # "a blue book, which highlights ...": the antecedent is the speaker.
                antecedent = self._mention_ending_at(sentence, clause - 1)
                if antecedent is None:
                    return None
                antecedent = self._person_before_appositive(sentence, antecedent)
                return Attribution(
                    [antecedent.actor_id], cue, cue_start, cue_end, clause, self._attribution_of(antecedent)
                )
            if len(segment) >= 3 and segment[0] in PREPOSITIONS and segment[1] in {"which", "whom"}:
                # "a declaration ..., in which they expressed": the relative clause's own subject.
                own = self._subjects_in(sentence, clause + 2, end)
                if own is not None:
                    speakers, attribution, pronoun = own
                    return Attribution(speakers, cue, cue_start, cue_end, clause, attribution, pronoun)
            found = self._subjects_in(sentence, clause, end)
            if found:
                speakers, attribution, pronoun = found
                return Attribution(speakers, cue, cue_start, cue_end, clause, attribution, pronoun)
            if clause <= sentence.first_token:
                return None
            if segment and not self._is_aside(segment, clause, end, sentence):
                return None
            end = clause - 1
            clause = self._clause_start(sentence, end)
        return None

    def _is_aside(self, segment: list[str], start: int, end: int, sentence: Sentence) -> bool:
        """True for what may stand between a subject and its verb: an appositive ("the summit's
        host", "a professor at ..."), a relative or participle clause, or a short aside ("for his part")."""
        if (
            segment[0] in _RELATIVE
            or segment in (["both"], ["all"], ["each"], ["also"])
            or (segment[0] in {"a", "an", "the"} and len(segment) <= 8)
            or (segment[0] in PREPOSITIONS and len(segment) <= 4)
            or segment[0].endswith("ing")
            or (len(segment) > 2 and segment[0].endswith("ed") and segment[1] == "by")  # "supported by ..."
            or self._is_title_phrase(start, end)
        ):
            return True
        # "The Johannesburg II Declaration, adopted by the leaders on Thursday, called for ...":
        # any short aside between commas right after a subject that fills its own segment.
        if len(segment) > 12 or start < 2 or self.article.toks[start - 1].text != ",":
            return False
        before = self._clause_start(sentence, start - 1)
        if self._subjects_in(sentence, before, start - 1) is None:
            return False
        # The subject must fill its segment, but for a complement: "The Chairman's Statement of
        # the ... Summits, released by ..., said" (not "a Trump ally, signed ..., said").
        subject = next(
            (h for h in self.by_sentence.get(sentence.sent_id, []) if before <= h.start_token < start - 1),
            None,
        )
        if subject is None:
            return False
        rest = [t.lower_ for t in self.article.toks[subject.end_token : start - 1]]
        return not rest or rest[0] in {"of", "on", "for", "in"}

    def _coordinated_subject(self, sentence: Sentence, cue_start: int) -> Attribution | None:
        """For a second verb that shares its subject ("Milei ... signed the declaration but said ..."),
        return the sentence subject as the speaker."""
        doc = self.article.toks
        i = cue_start - 1
        while i > sentence.first_token and doc[i].lower_ in {"also", "then", ","}:
            i -= 1
        if i <= sentence.first_token or doc[i].lower_ not in {"and", "but"}:
            return None
        first_segment_end = self._clause_end(sentence, sentence.first_token)
        found = self._subjects_in(sentence, sentence.first_token, first_segment_end)
        if found is None:
            return None
        speakers, attribution, pronoun = found
        return Attribution(speakers, "", cue_start, cue_start, sentence.first_token, attribution, pronoun)

    def _clause_end(self, sentence: Sentence, start: int) -> int:
        doc = self.article.toks
        i = start
        while i < sentence.end_token and doc[i].text not in _BOUNDARY:
            i += 1
        return i

    def _person_before_appositive(self, sentence: Sentence, hit: MentionHit) -> MentionHit:
        """ "Prince Faisal, Minister of Foreign Affairs of Saudi Arabia, who said": the country
        closes the appositive; the person before it is who speaks."""
        if self.type_of(hit.actor_id) == "person":
            return hit
        doc = self.article.toks
        comma = next(
            (j for j in range(hit.start_token - 1, sentence.first_token, -1) if doc[j].text == ","), None
        )
        if comma is None or not self._is_title_phrase(comma + 1, hit.start_token):
            return hit
        person = self._mention_ending_at(sentence, comma)
        return person if person is not None and self.type_of(person.actor_id) == "person" else hit

    def _mention_ending_at(self, sentence: Sentence, boundary: int) -> MentionHit | None:
        for hit in self.by_sentence.get(sentence.sent_id, []):
            if hit.end_token == boundary and self.type_of(hit.actor_id) in SPEAKER_TYPES:
                return hit
        return None

    @staticmethod
    def _attribution_of(hit: MentionHit) -> str:
        if hit.via == "role" or hit.rule in {"org-reference", "event-reference"}:
            return "role"
        return "explicit"

    def _is_title_phrase(self, start: int, end: int) -> bool:
        labels = {self.actors._label(i) for i in range(start, end)}
        return "TITLE" in labels and not any(
            h.start_token >= start and h.end_token <= end
            for h in self.by_sentence.get(self.article.token_sent[start], [])
            if self.type_of(h.actor_id) == "person"
        )

    def _subjects_in(
        self, sentence: Sentence, start: int, end: int, *, possessor: bool = False
    ) -> tuple[list[str], str, tuple[int, int] | None] | None:
        """Return the speaker(s) of a clause ``[start, end)``: its first actor or pronoun, not after
        a preposition; with ``possessor``, the span names a possessor ("Mr Putin" of "Mr Putin's view")."""
        doc = self.article.toks
        start = self._past_opening_phrase(start, end)
        mentions = [
            h
            for h in self.by_sentence.get(sentence.sent_id, [])
            if start <= h.start_token
            and h.end_token <= end
            and not h.in_quote
            and self.type_of(h.actor_id) in SPEAKER_TYPES
            and h.start_token not in self.actors.title_tokens
            # "the chief adviser's press secretary": a possessor is not the subject
            and not (
                not possessor and h.end_token < len(doc) and doc[h.end_token].lower_ in {"'s", "’s", "'", "’"}
            )
        ]
        pronoun = next(
            (
                self.pronouns[s]
                for s in range(start, end)
                if s in self.pronouns and not self.actors.in_quote[s]
            ),
            None,
        )
        first = mentions[0] if mentions else None
        if (pronoun is None or (first is not None and first.start_token < pronoun[0])) and any(
            doc[j].lower_ in self.collective_words for j in range(start, end)
        ):
            group = self.collectives.subject(start, end)
            if group is not None:
                return [group.actor_id], "explicit", None
        if first is None and pronoun is None:
            return self._role_subject(sentence, start, end) or self._institution_subject(sentence, start, end)
        if pronoun is not None and (first is None or pronoun[0] < first.start_token):
            if any(doc[j].lower_ in PREPOSITIONS for j in range(start, pronoun[0])):
                # "In his address to the Assembly the President said": past the opening phrase.
                return self._after_opening_phrase(sentence, mentions, start, end) if mentions else None
            if pronoun[2].endswith("-role") and any(
                doc[j].lower_ in _RELATIVE or doc[j].text == "," for j in range(pronoun[1], end)
            ):
                return None  # "the 19-year-old student who greeted him told": someone new
            resolved = self.tracker.resolve_pronoun(pronoun[2], pronoun[0])
            if resolved is None:
                return None
            # "the 66-year-old said" refers back like a role; "he said" is a pronoun.
            attribution = "role" if pronoun[2].endswith("-role") else "pronoun"
            return [resolved], attribution, (pronoun[0], pronoun[1])
        if first is None:
            return None
        between = [
            doc[j].lower_ for j in range(start, first.start_token) if j not in self.actors.title_tokens
        ]
        if any(word in PREPOSITIONS for word in between):
            return self._after_opening_phrase(sentence, mentions, start, end)
        speakers = [first.actor_id]
        coordinated = [first]
        # Coordinated subjects: "Lavrov and Wang said".
        previous_end = first.end_token
        for other in mentions[1:]:
            # "Ms Merkel and Mr Sarkozy": honorifics and titles stand in the gap too.
            gap = [
                doc[j].lower_
                for j in range(previous_end, other.start_token)
                if j not in self.actors.title_tokens and doc[j].text not in self.actors.lex.courtesy
            ]
            closes = other.end_token < end and doc[other.end_token].text == ")"
            if gap == ["("] and other.actor_id == speakers[-1] and closes:
                previous_end = other.end_token + 1  # "The United States of America (United States) and India"
                continue
            if not (gap and set(gap) <= {"and", ",", "both", "the"}) or other.actor_id in speakers:
                break
            speakers.append(other.actor_id)
            coordinated.append(other)
            previous_end = other.end_token
        # "The Vice President and Crown Prince": a role after "and" shares the determiner.
        role_ids = [
            actor for actor in self._trailing_roles(sentence, previous_end, end) if actor not in speakers
        ]
        if role_ids:
            previous_end = self._trailing_roles_end
        words_before = [t for t in doc[start : first.start_token] if not t.is_punct]
        if any(
            not (
                t.lower_ in _SUBJECT_OPENERS
                or t.is_title
                or (t.text.isupper() and t.is_alpha)
                or self.actors._label(t.i)
                or t.i in self.actors.title_tokens
                # "the President’s Executive Order", "Putin’s spokesman Dmitry Peskov": a possessor
                or (t.lower_ in {"’s", "'s"} and t.i > start and doc[t.i - 1].is_title)
            )
            for t in words_before
        ):
            return self._after_opening_phrase(sentence, mentions, start, end)
        if len(coordinated) + len(role_ids) > 1:
            # "The United States and India commit", "Ms Merkel and Mr Sarkozy expressed", "The
            # Vice President and Crown Prince condemned": the parties named together speak
            # together, as one joint speaker standing for each of them.
            members = [self.tracker.prefer(m) if m.via == "role" else m.actor_id for m in coordinated]
            members += [actor for actor in role_ids if actor not in members]
            begin = start
            # "- The United States and India will ...": no bullet, opener or article in the name.
            while begin < first.start_token and (
                doc[begin].lower_ in _JOINT_OPENERS or doc[begin].is_punct or doc[begin].is_space
            ):
                begin += 1
            group = self.collectives.joint(doc[begin:previous_end].text, members, start, previous_end)
            by_role = bool(role_ids) or any(m.via == "role" for m in coordinated)
            return [group.actor_id], "role" if by_role else "explicit", None
        if first.via == "role":
            speakers = [self.tracker.prefer(first)]
        return speakers, self._attribution_of(first), None

    def _after_opening_phrase(
        self, sentence: Sentence, mentions: list[MentionHit], start: int, end: int
    ) -> tuple[list[str], str, tuple[int, int] | None] | None:
        """ "On the issue of the draft budget the President drew ...": a clause that opens on a
        phrase with no comma after it; the actor right before the cue is the subject."""
        doc = self.article.toks
        last = mentions[-1]
        if doc[start].lower_ not in PREPOSITIONS or last.start_token <= start:
            return None
        if any(doc[j].lower_ not in PRE_CUE_WORDS for j in range(last.end_token, end)):
            return None
        before = last.start_token - 1
        while before > start and (
            before in self.actors.title_tokens or doc[before].lower_ in {"the", "a", "an"}
        ):
            before -= 1
        if doc[before].lower_ in PREPOSITIONS:
            return None  # "In talks with Foreign Minister Lavrov said": the preposition's object
        return self._subjects_in(sentence, last.start_token, end)

    def _role_subject(self, sentence: Sentence, start: int, end: int) -> tuple[list[str], str, None] | None:
        """A role that the name rules could not link ("The Russian President congratulated ...",
        before the text gives Mr Putin a title, or before it names him): the person in focus if
        the role fits them or they have no title yet, else the last person before it whose title
        fits, else the first one after it, else (for "the ...") the role itself as an unnamed person."""
        doc = self.article.toks
        for label, role_start, role_stop, _ident in self.actors.phrases_by_sentence.get(sentence.sent_id, ()):
            if label != "ROLE" or not (start <= role_start and role_stop <= end):
                continue
            if role_stop < end and doc[role_stop].lower_ not in PRE_CUE_WORDS | {"also"}:
                return None  # "the President of ..." or a role inside a longer subject
            while start < role_start and doc[start].lower_ in _CONNECTIVES:
                start += 1  # "...; therefore the President said"
            lead = [doc[j] for j in range(start, role_start)]
            if any(not (t.lower_ in {"the", "a"} or self.actors._label(t.i)) for t in lead):
                # "On the issue of the draft budget the President drew ...": an opening phrase
                # with no comma after it, and the role right before the cue is the subject.
                if not (doc[start].lower_ in PREPOSITIONS and doc[role_start - 1].lower_ == "the"):
                    return None
                start = role_start - 1
            if doc[start].lower_ != "the":
                return None  # "A minister said": no one in particular
            text = doc[start:role_stop].text
            actor_id = self._person_for_role(text, role_start, role_stop) or self._unnamed_role(text).actor_id
            # The reference is a mention of whoever it means, so the actors table counts it.
            if start not in self._role_mentions:
                self._role_mentions.add(start)
                self.actors.add_mention(
                    self.actors.registry.get(actor_id), start, role_stop, via="role", rule="role"
                )
            return [actor_id], "role", None
        return None

    def _institution_subject(
        self, sentence: Sentence, start: int, end: int
    ) -> tuple[list[str], str, None] | None:
        """A country's institution as the subject: "South Africa's presidency said", "the Indian
        government said", "India's foreign ministry noted" (``institution_nouns`` in actors.json):
        one organisation per country and institution, named as the text first names it."""
        doc = self.article.toks
        while end > start and doc[end - 1].lower_ in PRE_CUE_WORDS:
            end -= 1
        words = [doc[j].lower_ for j in range(start, end)]
        noun = next(
            (n for n in self.actors.lex.institution_nouns if words[-len(n.split()) :] == n.split()), None
        )
        if noun is None:
            return None
        owner_end = end - len(noun.split())
        owner_start = start + (1 if words[0] == "the" else 0)
        code = None
        if owner_end - owner_start == 1 and self.actors._label(owner_start) in {"DEMONYM", "COUNTRY"}:
            code = self.actors.name_label[owner_start][1]  # "the Indian government"
        elif owner_end - owner_start >= 2 and doc[owner_end - 1].lower_ in {"'s", "’s"}:
            owner = next(
                (
                    h
                    for h in self.by_sentence.get(sentence.sent_id, [])
                    if h.start_token == owner_start and h.end_token == owner_end - 1
                ),
                None,
            )
            if owner is not None and self.type_of(owner.actor_id) == "country":
                code = owner.actor_id.removeprefix("country:")  # "South Africa's presidency"
        elif owner_end - owner_start >= 1 and self.actors._label(owner_start) == "DEMONYM":
            name_end = self.actors.name_label[owner_start][3]
            if name_end == owner_end:
                code = self.actors.name_label[owner_start][1]
        if code is None:
            return None
        name = doc[owner_start:end].text
        entry = self.actors.registry.ensure(f"institution:{code}:{noun}", name, "organization")
        entry.countries.add(code)
        self.actors.add_mention(entry, owner_start, end, via="name", rule="institution")
        return [entry.actor_id], "explicit", None

    def _person_for_role(self, text: str, role_start: int, role_stop: int) -> str | None:
        registry = self.actors.registry
        focus = self.tracker.focus.person
        if focus is not None and (
            self.actors.fits_role(registry.get(focus), text) or not registry.get(focus).title
        ):
            return focus
        people = [h for h in self.actors.mentions if self.type_of(h.actor_id) == "person"]
        before = [h for h in people if h.start_token < role_start and self._fits_loosely(h.actor_id, text)]
        if before:
            return max(before, key=lambda h: h.start_token).actor_id
        after = [h for h in people if h.start_token >= role_stop and self._fits_loosely(h.actor_id, text)]
        if after:
            return min(after, key=lambda h: h.start_token).actor_id
        return None

    def _unnamed_role(self, text: str) -> ActorEntry:
        """The person a role stands for when the text never names anyone it fits ("The President
        said ..." in a readout that gives no name): an actor named by the role itself, "the
        President", whose later references ("he said", "the President noted") resolve to it."""
        name = "the " + text.split(" ", 1)[1]
        entry = self.actors.registry.ensure(f"role:{name.lower()}", name, "person")
        entry.title = entry.title or name[4:]
        entry.countries |= self.actors._countries_in(text)
        return entry

    def _fits_loosely(self, actor_id: str, role: str) -> bool:
        """The role fits the person's title, or would if the text had given the person a country."""
        entry = self.actors.registry.get(actor_id)
        if self.actors.fits_role(entry, role):
            return True
        head = role.lower().split()[-1]
        wanted = self.actors.lex.roles.get(head, (head,))
        return not entry.countries and any(title_holds(entry.title, w) for w in wanted)

    def _past_opening_phrase(self, start: int, end: int) -> int:
        """Step over a sentence adverbial with no comma after it: "At the same time they pointed
        to", "In the document the sides declared" (opening_phrases in actors.json)."""
        doc = self.article.toks
        for phrase in self.opening_phrases:
            stop = start + len(phrase)
            if stop < end and tuple(doc[j].lower_ for j in range(start, stop)) == phrase:
                return stop
        return start

    def _trailing_roles(self, sentence: Sentence, start: int, end: int) -> list[str]:
        """The people that roles coordinated after a subject stand for: "... and Crown Prince"."""
        doc = self.article.toks
        found: list[str] = []
        self._trailing_roles_end = start
        at = start
        for label, role_start, role_stop, _ident in self.actors.phrases_by_sentence.get(sentence.sent_id, ()):
            if label != "ROLE" or role_start < at or role_stop > end:
                continue
            gap = {doc[j].lower_ for j in range(at, role_start)}
            if "and" not in gap or not gap <= {"and", ",", "the"}:
                break
            person = self._last_person_fitting(doc[role_start:role_stop].text, role_start)
            if person is None:
                break
            found.append(person)
            at = self._trailing_roles_end = role_stop
        return found

    def _last_person_fitting(self, role: str, before: int) -> str | None:
        registry = self.actors.registry
        fitting = [
            hit
            for hit in self.actors.mentions
            if hit.start_token < before
            and self.type_of(hit.actor_id) == "person"
            and self.actors.fits_role(registry.get(hit.actor_id), role)
        ]
        return max(fitting, key=lambda hit: hit.start_token).actor_id if fitting else None

    def _postposed(self, sentence: Sentence, cue_start: int, cue_end: int) -> Attribution | None:
        doc = self.article.toks
        before = doc[cue_start - 1].text if cue_start > sentence.first_token else ""
        cue_id = self.actors.cue_at["SPEECH"][cue_start][2]
        if before not in _BOUNDARY and before != "" and cue_id != "according_to":
            return None
        # "according to X ...", "..., reads the Declaration on ... adopted at the session": the
        # speaker need not close the clause.
        lenient = cue_id in {"according_to", "document_reads"}
        j = cue_end
        # "According to Foreign Office spokesman Asim Iftikhar Ahmad": past the title to the name;
        # "reads the text of the joint statement": past the text to the document.
        while j < sentence.end_token and (
            doc[j].lower_ in {"the", "a", "an"}
            or j in self.actors.title_tokens
            or doc[j].text in self.actors.lex.honorifics  # "according to Mr Putin"
            or (cue_id == "document_reads" and doc[j].lower_ in {"text", "of"})
        ):
            j += 1
        mention = next(
            (
                h
                for h in self.by_sentence.get(sentence.sent_id, [])
                if h.start_token == j or (h.start_token < j <= h.end_token - 1)
            ),
            None,
        )
        if mention is not None:
            after = mention.end_token
            closes = (
                after >= sentence.end_token
                or doc[after].text in {",", ".", ";", "!", "?"}
                or doc[after].is_space
            )
            if not closes and not lenient:
                mention = None
        if mention is None or self.type_of(mention.actor_id) not in SPEAKER_TYPES:
            if j in self.pronouns:
                resolved = self.tracker.resolve_pronoun(self.pronouns[j][2], j)
                if resolved:
                    return Attribution(
                        [resolved],
                        doc[cue_start:cue_end].text,
                        cue_start,
                        cue_end,
                        cue_start,
                        "pronoun",
                        (j, self.pronouns[j][1]),
                    )
            return None
        speaker = self.tracker.prefer(mention) if mention.via == "role" else mention.actor_id
        return Attribution(
            [speaker],
            doc[cue_start:cue_end].text,
            cue_start,
            cue_end,
            cue_start,
            self._attribution_of(mention),
        )

    def by_sender(self, attribution: Attribution) -> Attribution:
        """A personal message speaks for its sender: "President Putin sent a message ... The
        message said: ..." is Putin's, where the text has him in focus (message nouns in
        actors.json)."""
        sender = self.tracker.focus.person
        speakers = [
            sender
            if sender is not None
            and self.type_of(s) == "document"
            and self.actors.registry.get(s).name.lower() in self.sender_documents
            else s
            for s in attribution.speakers
        ]
        if speakers == attribution.speakers:
            return attribution
        return replace(attribution, speakers=speakers, attribution="role")
