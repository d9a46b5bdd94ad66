"""Collective speakers: "the ministers", "both sides", "the two presidents", "G20 Leaders",
"the Nordic countries and the United States".

A statement's subject may name no single actor but a collective. This stage reads such a
subject (a clause the statement stage hands it) as a ``group`` actor named as the text names it,
with the actors it stands for as ``members`` where the text makes them clear: the two people a
"the two leaders" counts back to, the two countries of "both sides", the actors coordinated with
a collective. A bare "the leaders" refers back to the last collective of that head noun.
The head nouns are data (``collective_nouns`` in actors.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sco_core.actors import ActorEntry, ActorFinder
from sco_core.grammar import PRE_CUE_WORDS, PREPOSITIONS

_DETERMINERS = frozenset({"the", "both", "all", "these", "its", "their", "our", "each"})
# Words that may stand between a determiner and a collective head: "the BRICS foreign ministers".
_MODIFIERS = frozenset(
    "foreign defence defense trade finance economy economic energy member signatory other participating"
    " visiting regional national top senior two three four five six seven eight nine ten".split()
)
_COMPLEMENT = frozenset({"of", "to", "from", "in"})
_AUXILIARIES = frozenset(
    "is are was were will would shall should have has had also further again jointly fully strongly firmly".split()
)
_COMPLEMENT_WORDS = 12
_FREE_MODIFIERS = 3
# Grammar words that never modify a collective's head: "the talks and leaders", "those who".
_NOT_MODIFIERS = frozenset(
    "and or but nor not no who whom whose which that this those such many some".split()
)


@dataclass(frozen=True)
class CollectiveNouns:
    """Plural head nouns of collectives: of people ("leaders") and of parties ("sides")."""

    people: frozenset[str]
    parties: frozenset[str]
    numbers: dict[str, int]
    # Heads of the collective that a named party's "our partners" / "its allies" are: the others.
    partners: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, actors: dict, number_words: dict[str, int]) -> CollectiveNouns:
        nouns = actors.get("collective_nouns", {})
        return cls(
            people=frozenset(n.lower() for n in nouns.get("people", ())),
            parties=frozenset(n.lower() for n in nouns.get("parties", ())),
            numbers={k.lower(): int(v) for k, v in number_words.items()},
            partners=frozenset(n.lower() for n in nouns.get("partners", ())),
        )

    def head_at(self, words: list[str], i: int) -> tuple[int, str] | None:
        """Return ``(length, noun)`` of the longest collective noun starting at ``words[i]``."""
        for length in (3, 2, 1):
            noun = " ".join(words[i : i + length])
            if len(words) - i >= length and (noun in self.people or noun in self.parties):
                return length, noun
        return None


class CollectiveReader:
    """Reads clause subjects as collectives for one article, keeping the groups it has made."""

    def __init__(self, finder: ActorFinder, nouns: CollectiveNouns) -> None:
        self.finder = finder
        self.nouns = nouns
        self.by_head: dict[str, str] = {}

    def subject(self, start: int, end: int) -> ActorEntry | None:
        """Return the group that tokens ``[start, end)`` name as a collective, or None.

        "The ministers", "Both Governments", "The Presidents of the CST signatory countries",
        "the Nordic countries and the United States" are collectives; "Russia and China" is not
        (two named actors speak, each for itself), nor is "the ministers' statement".
        """
        doc = self.finder.article.toks
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        if start >= end or end - start > 20:
            return None
        # "the United States and its G7 partners are expressing": the auxiliary ends no subject.
        while end - 1 > start and doc[end - 1].lower_ in _AUXILIARIES:
            end -= 1
        named = self._actor_spanning(start, end)
        if named is not None and self.finder.registry.get(named).type == "group":
            hit = next(
                (h for h in self.finder.mentions if h.actor_id == named and start <= h.start_token < end),
                None,
            )
            # A bare "the leaders" that the name rules guessed to be an organisation's leaders is
            # the collective that last spoke under that head, where there is one.
            head = doc[end - 1].lower_
            guessed = hit is not None and hit.via != "name"
            spoke = self.by_head.get(head) if guessed else None
            if guessed and spoke is None:
                # "..., the leaders of the GCC member states and the United States met today. The
                # leaders noted ...": the collective the text named before under that head.
                earlier = self._phrase_before(head, start)
                spoke = earlier.actor_id if earlier is not None else None
            if hit is not None and spoke is not None and spoke != named:
                hit.actor_id = spoke
                return self.finder.registry.get(spoke)
            return self.finder.registry.get(named)  # "BRICS foreign ministers", found as a name
        words = [doc[i].lower_ for i in range(start, end)]
        by_demonym = self._demonym_pair(start, end, words)
        if by_demonym is not None:
            return by_demonym
        inside = frozenset(
            i - start
            for hit in self.finder.mentions
            if start <= hit.start_token and hit.end_token <= end and hit.via != "pronoun"
            for i in range(hit.start_token + 1, hit.end_token - 1)
        )
        parts = _split_coordination(words, inside)
        collectives: list[tuple[int, int, str, int | None]] = []
        members: list[str] = []
        for first, last in parts:
            # A named actor first: "the United States" is a country, not a collective of states.
            actor = self._actor_spanning(start + first, start + last)
            if actor is None and words[last - 1] == ")" and "(" in words[first:last]:
                # "the Office of Management and Budget (OMB)": the name before its short form.
                actor = self._actor_spanning(start + first, start + first + words[first:last].index("("))
            if actor is not None and self._is_bare_noun(actor):
                # "The Leaders", capitalised, was read as a name; it is a collective.
                self._release(actor, start + first, start + last)
            elif actor is not None and self.finder.registry.get(actor).type != "group":
                members.append(actor)
                continue
            found = self._collective(start, words, first, last)
            if found is None:
                return None
            collectives.append(found)
        if not collectives:
            return None
        name_start = start + (1 if words[0] == "the" else 0)
        name = doc[name_start:end].text
        members += [m for m in self._complement_members(start, end) if m not in members]
        if len(parts) == 1:
            head_start, _head_end, noun, count = collectives[0]
            # "the leaders" refers back; "the leaders of the GCC member states" names its own.
            bare = (
                count is None
                and all(w in _DETERMINERS for w in words[:head_start])
                and not self._complement_members(start, end)
            )
            before = self.by_head.get(noun)
            entry = self._group(name, noun, start, end, count=count, bare=bare)
            for member in members if not bare else ():
                if member not in entry.members:
                    entry.members.append(member)
            if before is not None and before != entry.actor_id and not bare:
                wider = set(self.finder.registry.get(before).members)
                if entry.members and set(entry.members) < wider:
                    # "the leaders of the GCC member states" among the GCC and US leaders: a part
                    # of the collective in view; "the leaders" after it are still the whole.
                    self.by_head[noun] = before
            return entry
        entry = self._group(name, collectives[0][2], start, end, count=None, bare=False)
        self.by_head[name.lower().split()[-1]] = entry.actor_id
        partners = [
            c
            for c in collectives
            if c[2] in self.nouns.partners and words[c[0] - 1 : c[0]] in (["our"], ["its"], ["their"])
        ]
        if partners and len(members) == 1:
            # "The United States and our partners": the others of the collective in view that holds it.
            members = self._collective_holding(members[0], start) or members
        for member in members:
            if member not in entry.members:
                entry.members.append(member)
        return entry

    def _demonym_pair(self, start: int, end: int, words: list[str]) -> ActorEntry | None:
        """ "The Russian and Indian leaders", "the Chinese, Russian and Indian ministers": demonyms
        coordinated before one collective head are one collective of as many members, the people
        of those countries (by title) or else the last people named."""
        name_label = self.finder.name_label
        i = 1 if words[0] == "the" else 0
        countries: list[str] = []
        while i < len(words):
            label = name_label.get(start + i)
            if label is not None and label[0] == "DEMONYM":
                countries.append(label[1])
                i = label[3] - start
            elif words[i] in {"and", ","} and countries:
                i += 1
            else:
                break
        if len(countries) < 2 or words[i - 1] in {"and", ","} or i >= len(words):
            return None
        head = self._collective(start, words, i, len(words))
        if head is None:
            return None
        noun = head[2]
        members = self._people_of(countries, start) if noun in self.nouns.people else []
        if len(members) != len(countries):
            members = self._last_two(noun, start) if len(countries) == 2 else []
        name_start = start + (1 if words[0] == "the" else 0)
        return self.joint(self.finder.article.toks[name_start:end].text, members, start, end)

    def _people_of(self, countries: list[str], before: int) -> list[str]:
        """The one person each country's title names before token ``before``, in the countries' order."""
        registry = self.finder.registry
        seen = {h.actor_id for h in self.finder.mentions if h.start_token < before and h.via != "pronoun"}
        found = []
        for code in countries:
            people = [
                a for a in seen if registry.get(a).type == "person" and code in registry.get(a).countries
            ]
            if len(people) != 1:
                return []
            found.append(people[0])
        return found

    def _complement_members(self, start: int, end: int) -> list[str]:
        """The countries, organisations and people a collective's complement names: "the leaders
        of the Gulf Cooperation Council (GCC) member states" stand for the GCC."""
        doc = self.finder.article.toks
        of = next((i for i in range(start, end) if doc[i].lower_ == "of"), None)
        if of is None:
            return []
        stop = next((i for i in range(of, end) if doc[i].lower_ == "and" or doc[i].text == ","), end)
        registry = self.finder.registry
        found = []
        for hit in self.finder.mentions:
            inside = of < hit.start_token and hit.end_token <= stop and hit.via != "pronoun"
            if (
                inside
                and registry.get(hit.actor_id).type in {"country", "organization", "person"}
                and hit.actor_id not in found
            ):
                found.append(hit.actor_id)
        return found

    def _phrase_before(self, head: str, before: int) -> ActorEntry | None:
        """The last collective named before token ``before`` as "the <head> of ...", read as a
        collective (it need not have spoken: "the leaders of ... met today")."""
        doc = self.finder.article.toks
        article = self.finder.article
        sent_id = article.token_sent[before]
        for sentence in reversed(article.sentences[:sent_id]):
            for i in range(sentence.end_token - 2, sentence.first_token, -1):
                if doc[i].lower_ == head and doc[i - 1].lower_ == "the" and doc[i + 1].lower_ == "of":
                    group = self.opening(i - 1, sentence.end_token)
                    if group is not None and group.name.lower().split()[0] == head:
                        return group
        return None

    def opening(self, start: int, end: int) -> ActorEntry | None:
        """Return the collective that opens tokens ``[start, end)`` as its subject, or None:
        "The Presidents of the CST signatory countries also adopted ..." -> that group."""
        doc = self.finder.article.toks
        nouns = self.nouns.people | self.nouns.parties
        heads = {noun.split()[-1] for noun in nouns}
        inner = {word for noun in nouns for word in noun.split()[:-1]}
        ends = []
        for i in range(start, min(end, start + 24)):
            word = doc[i].lower_
            if word in heads:
                ends.append(i + 1)
            elif not (
                word in inner
                or word in _DETERMINERS
                or word in _MODIFIERS
                or word in self.nouns.numbers
                or word in {"of", "the", "and", ",", "(", ")"}
                or doc[i].text[:1].isupper()
            ):
                break
        for stop in reversed(ends):
            group = self.subject(start, stop)
            if group is not None:
                return group
        return None

    def joint(self, name: str, members: list[str], start: int, end: int, *, named: bool = True) -> ActorEntry:
        """Return the group of ``members`` named ``name``, making it once; ``named``: tokens
        ``[start, end)`` name it (else they are a pronoun the caller records)."""
        # "The United States of America (United States) and India": the alias in brackets is no
        # part of the name.
        name = re.sub(r"\s*\([^()]*\)", "", name)
        registry = self.finder.registry
        # The same parties, however the text orders or spells them, are the same joint speaker.
        same = next(
            (
                e
                for e in registry.entries.values()
                if len(members) >= 2 and e.type == "group" and set(e.members) == set(members)
            ),
            None,
        )
        if same is not None:
            entry = same
            if " and " in name and " and " not in entry.name:
                # "The President and the Taoiseach" names the pair "the two leaders" stands for.
                entry.add_form(entry.name)
                entry.name = name
            elif name != entry.name:
                entry.add_form(name)
        else:
            entry = registry.ensure(group_key(name), name, "group")
        for member in members:
            if member not in entry.members:
                entry.members.append(member)
        if named:
            self.finder.add_mention(entry, start, end, via="name", rule="collective")
        self.by_head[name.lower().split()[-1]] = entry.actor_id
        return entry

    def _collective(
        self, base: int, words: list[str], first: int, last: int
    ) -> tuple[int, int, str, int | None] | None:
        """Return ``(head_start, head_end, noun, count)`` if ``words[first:last]`` (tokens from
        ``base``) is one collective: determiners, a number, modifiers, a head noun, a complement."""
        doc = self.finder.article.toks
        count: int | None = 2 if words[first] == "both" else None
        i = first
        while i < last and (words[i] in _DETERMINERS or words[i] in self.nouns.numbers):
            if words[i] in self.nouns.numbers:
                count = self.nouns.numbers[words[i]]
            i += 1
        for j in range(i, last):
            head = self.nouns.head_at(words[:last], j)
            if head is not None:
                length, noun = head
                rest = words[j + length : last]
                if not rest or (rest[0] in _COMPLEMENT and len(rest) <= _COMPLEMENT_WORDS):
                    return j, j + length, noun, count
            if not (
                words[j] in _MODIFIERS
                or doc[base + j].text[:1].isupper()
                or (i > first and self._noun_modifier(doc[base + j], j - i))
            ):
                return None
        return None

    @staticmethod
    def _noun_modifier(token, before: int) -> bool:
        """ "the civil rights leaders", "the administration officials": after a determiner, up to
        three lower-case words before the head that are no grammar words ("the talks with leaders"
        is no collective, nor "accused western delegations of ...", which has no determiner)."""
        word = token.lower_
        return (
            before < _FREE_MODIFIERS
            and token.is_lower
            and word.replace("-", "").isalpha()
            and word not in PREPOSITIONS
            and word not in _NOT_MODIFIERS
            and word not in PRE_CUE_WORDS
            and word not in _AUXILIARIES
        )

    def _is_bare_noun(self, actor_id: str) -> bool:
        name = self.finder.registry.get(actor_id).name.lower()
        return name in self.nouns.people or name in self.nouns.parties

    def _release(self, actor_id: str, start: int, end: int) -> None:
        """Drop the mentions of ``actor_id`` inside tokens ``[start, end)``: a collective takes them."""
        self.finder.mentions = [
            hit
            for hit in self.finder.mentions
            if not (hit.actor_id == actor_id and start <= hit.start_token and hit.end_token <= end)
        ]

    def _actor_spanning(self, start: int, end: int) -> str | None:
        """The actor a mention covers tokens ``[start, end)`` with (past a leading 'the')."""
        doc = self.finder.article.toks
        if start < end and doc[start].lower_ == "the":
            start += 1
        while start < end - 1 and (
            start in self.finder.title_tokens or doc[start].text in self.finder.lex.courtesy
        ):
            start += 1  # "Mr Modi", "President Biden": the name after its title
        for hit in self.finder.mentions:
            if hit.start_token == start and hit.end_token == end and hit.via != "pronoun":
                return hit.actor_id
        return None

    def _group(
        self, name: str, noun: str, start: int, end: int, *, count: int | None, bare: bool
    ) -> ActorEntry:
        finder = self.finder
        earlier = self._earlier_group(noun, start) if bare else None
        if earlier is not None:
            finder.add_mention(earlier, start, end, via="role", rule="collective-reference")
            return earlier
        # "The United States of America (United States) and India": a short form in brackets is no
        # part of the name; an acronym ("Gulf Cooperation Council (GCC)") is.
        name = re.sub(r"\s*\((?![A-Z0-9+&-]+\))[^()]*\)", "", name)
        entry = finder.registry.ensure(group_key(name), name, "group")
        if not entry.members and count == 2:
            entry.members = self._last_two(noun, start)
        elif not entry.members and bare:
            entry.members = self._the_only_two(noun, start)
        finder.add_mention(entry, start, end, via="name", rule="collective")
        self.by_head[noun] = entry.actor_id
        return entry

    def _collective_holding(self, member: str, before: int) -> list[str]:
        """The members of the last group named before token ``before`` that holds ``member`` and
        two or more others ("the leaders of the United States, India, ... and the European Union")."""
        found = self._last_group_before(before, lambda e: member in e.members and len(e.members) >= 3)
        return list(found.members) if found is not None else []

    def _last_group_before(self, before: int, fits) -> ActorEntry | None:
        """The group, among those ``fits`` accepts, whose last mention before token ``before`` is latest."""
        registry = self.finder.registry
        last: dict[str, int] = {}
        for hit in self.finder.mentions:
            entry = registry.get(hit.actor_id)
            if hit.start_token < before and entry.type == "group" and fits(entry):
                last[hit.actor_id] = max(last.get(hit.actor_id, -1), hit.start_token)
        return registry.get(max(last, key=lambda a: last[a])) if last else None

    def _earlier_group(self, noun: str, before: int) -> ActorEntry | None:
        """The collective a bare "the leaders" refers back to: the last group so headed that the
        text names before token ``before``."""
        if noun in self.by_head:
            return self.finder.registry.get(self.by_head[noun])
        head = noun.split()[-1]
        return self._last_group_before(before, lambda e: e.name.lower().split()[-1:] == [head])

    def _the_only_two(self, noun: str, before: int) -> list[str]:
        """The members of a bare "the leaders" (or "the Parties") that no group named before:
        the two people (or countries) of a bilateral text, when the text has named exactly two
        before it."""
        wanted = "person" if noun in self.nouns.people else "country"
        seen: list[str] = []
        for hit in sorted(self.finder.mentions, key=lambda h: h.start_token):
            if hit.start_token >= before or hit.via == "pronoun":
                continue
            if self.finder.registry.get(hit.actor_id).type == wanted and hit.actor_id not in seen:
                seen.append(hit.actor_id)
        return seen if len(seen) == 2 else []

    def only_two_parties(self, before: int) -> list[str]:
        """The two countries a bilateral text names before token ``before``, if it names exactly two."""
        return self._the_only_two("parties", before)

    def _last_two(self, noun: str, before: int) -> list[str]:
        """The two actors a "the two leaders" / "both sides" counts back to: the last two people
        (for a collective of people) or countries (for sides, parties) named before it."""
        wanted = "person" if noun in self.nouns.people else "country"
        seen: list[str] = []
        for hit in sorted(self.finder.mentions, key=lambda h: h.start_token, reverse=True):
            if hit.start_token >= before or hit.via == "pronoun":
                continue
            entry = self.finder.registry.get(hit.actor_id)
            if entry.type == wanted and entry.actor_id not in seen:
                seen.append(entry.actor_id)
            if len(seen) == 2:
                first = {}
                for hit in self.finder.mentions:
                    first.setdefault(hit.actor_id, hit.start_token)
                return sorted(seen, key=lambda actor_id: first[actor_id])  # in the order the text names them
        return []


def _split_coordination(words: list[str], inside: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Split a subject at 'and' and commas: "the Nordic countries and the United States"; not at
    those ``inside`` a name ("the Office of Management and Budget")."""
    parts: list[tuple[int, int]] = []
    begin = 0
    for i, word in enumerate(words):
        if word in {"and", ","} and i not in inside:
            if i > begin:
                parts.append((begin, i))
            begin = i + 1
    if begin < len(words):
        parts.append((begin, len(words)))
    return parts


def group_key(name: str) -> str:
    """The registry key of a collective by the parties its name joins, in any order: "the Nordic
    countries and the United States" is "the United States and the Nordic countries"."""
    name = re.sub(r"\s*\([^()]*\)", "", name)  # an alias in brackets is no party
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", name.lower())
    joined = " and ".join(sorted(re.sub(r"^the\s+", "", part).strip() for part in parts if part.strip()))
    return f"group:collective:{joined}"
