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
