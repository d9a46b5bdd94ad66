"""English grammar words the clause rules look at (function words, not domain knowledge)."""

from __future__ import annotations

# Adverbs that may stand before a cue ("..., later told", "fully endorses").
PRE_CUE_WORDS = frozenset(
    "fully strongly firmly jointly later also then further again separately earlier previously subsequently"
    " meanwhile once particularly".split()
)
PREPOSITIONS = frozenset(
    "by of with to from for at in on among between about against toward towards during under over"
    " into than as like".split()
)
# A word that may modify the noun of a label ("universally recognised principles", "further
# measures"), as a regex: a lower-case word that is no determiner, possessive, preposition or
# conjunction ("adhering to the principles", "commit to taking these measures").
LABEL_MODIFIER = (
    r"(?!(?:the|a|an|to|of|in|on|by|with|for|and|or|from|at|as|its|their|our|his|her|these|those|this|that)\b)"
    r"[a-z][\w-]*"
)
# Nouns that count or group the noun after "of" ("a series of documents", "a host of issues"):
# the list is of that noun, and its name keeps them.
PARTITIVE_NOUNS = frozenset(
    "series number range set host variety package raft array list slew multitude".split()
)
# Words that open a noun phrase: a participle after one is a modifier ("the adopted documents").
DETERMINERS = frozenset("the a an these those its their our his her all both".split())
