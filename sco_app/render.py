"""Safe rendering of article text: everything from an article is escaped data, never markup.

HTML built here goes to ``st.html`` (no Markdown parsing; sanitised again by the
frontend). Text that must go through Markdown (an expander label) goes through
``escape_markdown`` first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import pandas as pd

    from sco_core import Extraction

# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all
# of them also covers Streamlit's own syntax (":red[...]", ":material/...:", "$...$").
_MARKDOWN_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")
# Streamlit's Markdown turns bare URLs and e-mail addresses into links even when escaped; an
# invisible word joiner inside "www.", "://" and "@" keeps them plain text.
WORD_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(?i)(?<=www)(?=\\\.)|(?=\\:\\/\\/)|(?=\\@)")

CSS = """
<style>
.sco-text { line-height: 1.65; }
.sco-text p { margin: 0 0 .8em 0; }
.sco-dim { opacity: .38; }
.sco-quote { font-weight: 600; background: rgba(128, 128, 128, .18); border-radius: 3px;
  padding: 0 .15em; }
.sco-speaker { font-weight: 600; border-bottom: 2px solid rgba(230, 140, 0, .95); }
.sco-actor { border-bottom: 2px dotted rgba(120, 120, 255, .95); }
.sco-term { border-radius: 3px; padding: 0 .1em; }
.sco-chip { display: inline-block; margin: 0 .3em .2em 0; padding: 0 .5em; border-radius: .7em;
  font-size: .85em; border: 1px solid; }
.sco-sentence { margin: .3em 0 .6em 0; padding: .2em .8em; border-left: 3px solid rgba(128, 128, 128, .6); }
.sco-context { font-size: .9em; opacity: .75; margin: .2em 0; }
.sco-meta { font-size: .9em; margin-top: .5em; }
.sco-label { font-weight: 600; }
/* A transcript turn begins here: a rule in the margin, and the speaker above it. */
.sco-turn { border-left: 3px solid rgba(230, 140, 0, .95); padding-left: .6em; }
.sco-turn::before { content: "Turn: " attr(data-speaker); display: block; font-size: .8em;
  font-weight: 600; opacity: .75; }
.sco-facts th { text-align: left; padding-right: 1em; }
/* The article id bound to the URL: the selector above it is what people use. */
.st-key-article { display: none; }
/* Likewise the compared articles' ids (Compare page); the multiselect is what people use. */
.st-key-compare { display: none; }
</style>
"""


class Span(NamedTuple):
    """A highlighted stretch of the article: absolute offsets and how to show it."""

    start: int
    end: int
    css_class: str
    color: str | None = None
    title: str = ""


def escape_markdown(text: str) -> str:
    """``text`` made literal for a Markdown context (one line): every punctuation mark
    escaped, and a word joiner where Streamlit would make a bare URL or address a link."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _AUTOLINK.sub(WORD_JOINER, escaped)


def esc(text: object) -> str:
    """HTML-escaped text (quotes included, so it is safe inside attributes too)."""
    return html.escape(str(text), quote=True)


def tint(color: str, alpha: float) -> str:
    """A hex colour (``#rrggbb``) as ``rgba(...)`` with the given opacity."""
    value = color.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    try:
        red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return f"rgba(128, 128, 128, {alpha})"
    return f"rgba({red}, {green}, {blue}, {alpha})"


def non_overlapping(spans: Iterable[Span]) -> list[Span]:
    """Spans that do not overlap, sorted by start. Where two overlap, the one listed first wins."""
    chosen: list[Span] = []
    for span in spans:
        if span.end <= span.start:
            continue
        if all(span.end <= kept.start or span.start >= kept.end for kept in chosen):
            chosen.append(span)
    return sorted(chosen)


def _span_html(span: Span, inner: str) -> str:
    style = ""
    if span.color:
        style = f' style="background: {tint(span.color, 0.22)}; border-bottom: 2px solid {span.color};"'
    title = f' title="{esc(span.title)}"' if span.title else ""
    return f'<span class="{span.css_class}"{style}{title}>{inner}</span>'


def highlight(text: str, spans: Iterable[Span], *, start: int = 0, end: int | None = None) -> str:
    """Escaped HTML of ``text[start:end]`` with the spans (absolute offsets) inside it marked."""
    end = len(text) if end is None else end
    out: list[str] = []
    position = start
    for span in non_overlapping(s for s in spans if s.start >= start and s.end <= end):
        out.append(esc(text[position : span.start]))
        out.append(_span_html(span, esc(text[span.start : span.end])))
        position = span.end
    out.append(esc(text[position:end]))
    return "".join(out)


def chip(label: str, color: str) -> str:
    """A small coloured label (a theme) as HTML."""
    return f'<span class="sco-chip" style="background: {tint(color, 0.18)}; border-color: {color};">{esc(label)}</span>'


def theme_chips(theme_ids: Iterable[str], labels: Mapping[str, str], colors: Mapping[str, str]) -> str:
    """Chips for theme ids, in their colours; an unknown id shows in grey."""
    chips = [chip(labels.get(t, t), colors.get(t, "#888888")) for t in theme_ids]
    return "".join(chips) or "<em>none</em>"


def opening_words(text: str, *, words: int = 8) -> str:
    """The first few words of ``text``, with an ellipsis when cut."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def card_label(speaker: str, kind: str, opening: str) -> str:
    """The one-line Markdown label of a quote card: speaker, kind and opening words, all literal."""
    return f"**{escape_markdown(speaker or 'Unknown speaker')}** · {escape_markdown(kind)} · “{escape_markdown(opening)}”"


def statement_opening(ex_text: str, statement: Mapping[str, object]) -> str:
    """Opening words of the speaker's own words (the first quote), else of the sentence."""
    quotes = _quote_spans(statement)
    if quotes:
        first_start, first_end = quotes[0]
        return opening_words(ex_text[first_start:first_end])
    return opening_words(str(statement["text"]))


def _quote_spans(statement: Mapping[str, object]) -> list[tuple[int, int]]:
    quotes = statement.get("quotes")
    if quotes is None:
        return []
    spans = []
    for pair in list(quotes):  # type: ignore[call-overload]
        try:
            spans.append((int(pair[0]), int(pair[1])))
        except (TypeError, ValueError, IndexError):
            continue
    return spans


def _neighbours(sentences: pd.DataFrame, start: int, end: int) -> tuple[str | None, str | None]:
    before = sentences.loc[sentences["end"] <= start]
    after = sentences.loc[sentences["start"] >= end]
    previous = str(before.sort_values("end").iloc[-1]["text"]) if not before.empty else None
    following = str(after.sort_values("start").iloc[0]["text"]) if not after.empty else None
    return previous, following


def quote_card_html(
    ex: Extraction,
    statement: Mapping[str, object],
    *,
    labels: Mapping[str, str],
    colors: Mapping[str, str],
    first_para: int = 0,
) -> str:
    """The body of a quote card: the sentence with the speaker's quoted words set apart, the
    sentences around it, its themes, paragraph number and how the speaker was attributed."""
    start, end = int(statement["start"]), int(statement["end"])  # type: ignore[call-overload]
    quotes = [Span(s, e, "sco-quote", title="quoted words") for s, e in _quote_spans(statement)]
    sentence = highlight(ex.text, quotes, start=start, end=end)
    previous, following = _neighbours(ex.sentences, start, end)
    parts = ['<div class="sco-card">']
    if previous:
        parts.append(f'<p class="sco-context"><span class="sco-label">Before:</span> {esc(previous)}</p>')
    parts.append(f'<blockquote class="sco-sentence">{sentence}</blockquote>')
    if following:
        parts.append(f'<p class="sco-context"><span class="sco-label">After:</span> {esc(following)}</p>')
    themes = theme_chips(list(statement.get("themes") or []), labels, colors)  # type: ignore[call-overload]
    if statement.get("joint"):
        names = dict(zip(ex.actors["actor_id"], ex.actors["name"], strict=True))
        members = [names.get(str(m), str(m)) for m in (statement.get("members") or [])]  # type: ignore[attr-defined]
        on_behalf = f": {esc(', '.join(members))}" if members else ""
        parts.append(f'<p class="sco-joint"><span class="sco-label">Joint statement</span>{on_behalf}</p>')
    spanned = len(list(statement.get("sentences") or []))  # type: ignore[call-overload]
    turn = statement.get("attribution") == "label"
    if spanned > 1:
        unit = "turn" if turn else "quotation"
        parts.append(f'<p class="sco-context">One {unit} over {spanned} sentences</p>')
    cue = str(statement.get("cue") or "")
    cue_name = "Label" if turn else "Cue"
    paragraph = int(statement["para_id"]) - first_para + 1  # type: ignore[call-overload]
    parts.append(
        '<div class="sco-meta">'
        f'<span class="sco-label">Themes:</span> {themes}<br>'
        f'<span class="sco-label">Paragraph:</span> {paragraph} · '
        f'<span class="sco-label">Attribution:</span> {esc(statement.get("attribution") or "")}'
        + (f' · <span class="sco-label">{cue_name}:</span> “{esc(cue)}”' if cue else "")
        + "</div></div>"
    )
    return "".join(parts)


def source_spans(
    ex: Extraction,
    *,
    colors: Mapping[str, str],
    labels: Mapping[str, str],
    speaker_ids: Collection[str] = (),
) -> list[Span]:
    """Highlights of the source view: speaker mentions, then other actors, then theme terms."""
    names = dict(zip(ex.actors["actor_id"], ex.actors["name"], strict=True))
    speaking = set(zip(ex.statements["sent_id"], ex.statements["speaker_id"], strict=True))
    speakers: list[Span] = []
    actors: list[Span] = []
    for row in ex.mentions.itertuples(index=False):
        name = names.get(row.actor_id, str(row.text))
        if (row.sent_id, row.actor_id) in speaking or row.actor_id in speaker_ids:
            speakers.append(Span(int(row.start), int(row.end), "sco-speaker", title=f"speaker: {name}"))
        else:
            actors.append(Span(int(row.start), int(row.end), "sco-actor", title=f"actor: {name}"))
    terms = [
        Span(
            int(row.start),
            int(row.end),
            "sco-term",
            colors.get(row.theme, "#888888"),
            f"theme: {labels.get(row.theme, row.theme)}",
        )
        for row in ex.themes.itertuples(index=False)
    ]
    # Longer terms first, so "biosecurity" wins over the "security" inside it.
    terms.sort(key=lambda span: (span.start - span.end, span.start))
    return speakers + actors + terms


def source_html(ex: Extraction, spans: Sequence[Span], matched: Collection[int]) -> str:
    """The article as paragraphs of escaped HTML with highlights; sentences not in ``matched``
    are dimmed. Text outside every sentence is kept, so nothing of the article is lost."""
    text = ex.text
    names = dict(zip(ex.actors["actor_id"], ex.actors["name"], strict=True))
    turns = ex.statements.loc[ex.statements["attribution"] == "label"]
    # Where each transcript turn begins: its first paragraph, marked with the speaker's name.
    turn_at = {
        int(row.para_id): names.get(row.speaker_id, row.speaker) for row in turns.itertuples(index=False)
    }
    paragraphs: list[tuple[object, str]] = []
    current: list[str] = []
    current_para: object = None
    position = 0
    for row in ex.sentences.sort_values("start").itertuples(index=False):
        start, end = int(row.start), int(row.end)
        if start < position:
            continue
        gap = text[position:start]
        if row.para_id != current_para and current:
            if gap.strip():
                current.append(esc(gap))
            paragraphs.append((current_para, "".join(current)))
            current = []
        elif gap:
            current.append(esc(gap))
        current_para = row.para_id
        css = "sco-sent" if int(row.sent_id) in matched else "sco-sent sco-dim"
        current.append(f'<span class="{css}">{highlight(text, spans, start=start, end=end)}</span>')
        position = end
    if position < len(text) and text[position:].strip():
        current.append(esc(text[position:]))
    if current:
        paragraphs.append((current_para, "".join(current)))
    body = "".join(
        f'<p class="sco-turn" data-speaker="{esc(turn_at[para])}">{p}</p>'
        if para in turn_at
        else f"<p>{p}</p>"
        for para, p in paragraphs
    )
    return f'<div class="sco-text">{body}</div>'


def legend_html(labels: Mapping[str, str], colors: Mapping[str, str], theme_ids: Iterable[str]) -> str:
    """Legend of the source view's highlights."""
    return (
        '<div class="sco-meta">'
        '<span class="sco-speaker">speaker</span> · <span class="sco-actor">other actor</span> · '
        '<span class="sco-dim">outside the filter</span><br>'
        + theme_chips(theme_ids, labels, colors)
        + "</div>"
    )


def _date_html(date: object, published: object) -> str:
    """One date as the text gives it, with the day it resolves to beside it: "on Tuesday →
    2020-11-10", "July 6-7 → 2025-07-06 to 2025-07-07"; why not, where it does not resolve."""
    if not isinstance(date, Mapping):
        return esc(date)  # an older reading: the words only
    words = f'<q class="sco-date-words">{esc(date.get("text"))}</q>'
    day, until = date.get("date"), date.get("until")
    if day:
        resolved = esc(day) + (f" to {esc(until)}" if until else "")
        return f'{words} → <time datetime="{esc(day)}">{resolved}</time>'
    why = "no publication date to resolve it" if not published else "no day given"
    return f"{words} <em>({why})</em>"


def facts_html(
    meta: Mapping[str, object],
    *,
    title: str,
    labels: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None,
) -> str:
    """What the article is: title, event, host, the countries it refers to only by demonym or
    capital, dates (as written, with the day each resolves to against the publication date), its
    main themes (each with its weight on hover) and source, escaped."""
    dates = meta.get("dates") or []
    published = meta.get("published")
    shown_dates = (
        "; ".join(_date_html(d, published) for d in dates) if isinstance(dates, (list, tuple)) else esc(dates)
    )
    rows = [
        ("Article", esc(title)),
        ("Event", _event_html(meta.get("event"), meta.get("event_kind"))),
        ("Host", esc(meta.get("host") or "")),
        ("Published", esc(published or "")),
        ("Dates", shown_dates),
        ("Main themes", _main_themes_html(meta.get("themes"), labels or {}, colors or {})),
        ("Source", esc(meta.get("source") or "")),
    ]
    referred = _referred_html(meta.get("countries_referred"))
    if referred:
        rows.insert(3, ("Countries referred to", referred))
    cells = "".join(
        f'<tr><th scope="row" class="sco-label">{esc(name)}</th><td>{value if value else "<em>not stated</em>"}</td></tr>'
        for name, value in rows
    )
    return f'<table class="sco-facts">{cells}</table>'


def _referred_html(countries: object) -> str:
    """The countries the text refers to only by a demonym or capital, each with the words it uses:
    "China (“Chinese”, “Beijing”)"."""
    if not isinstance(countries, (list, tuple)):
        return ""
    shown = []
    for country in countries:
        if isinstance(country, Mapping):
            words = ", ".join(f"<q>{esc(w)}</q>" for w in country.get("words") or [])
            shown.append(f"{esc(country.get('name'))} ({words})" if words else esc(country.get("name")))
    return "; ".join(shown)


def _event_html(event: object, kind: object) -> str:
    """The event as the text names it, and what kind of event it is ("summit", "phone call")."""
    name = esc(event or "")
    if not kind:
        return name
    label = f'<span class="sco-label">{esc(kind)}</span>'
    return f"{name} · {label}" if name else label


def _main_themes_html(themes: object, labels: Mapping[str, str], colors: Mapping[str, str]) -> str:
    """The article's themes as chips, heaviest first; hovering one gives its weight and sentences."""
    if not isinstance(themes, (list, tuple)):
        return ""
    chips = []
    for row in themes:
        if not isinstance(row, Mapping):
            continue
        theme = str(row.get("theme", ""))
        how = f"weight {row.get('weight')} over {row.get('sentences')} sentence(s)"
        chips.append(
            f'<span title="{esc(how)}">{chip(labels.get(theme, theme), colors.get(theme, "#888888"))}</span>'
        )
    return "".join(chips)


def proposal_html(
    proposal: Mapping[str, object], *, labels: Mapping[str, str], colors: Mapping[str, str]
) -> str:
    """One proposal: its ordinal and text, themes and the actions it calls for."""
    actions = [str(a) for a in list(proposal.get("actions") or [])]  # type: ignore[call-overload]
    action_list = "".join(f"<li>{esc(a)}</li>" for a in actions) or "<li><em>none found</em></li>"
    themes = theme_chips(list(proposal.get("themes") or []), labels, colors)  # type: ignore[call-overload]
    return (
        f'<div class="sco-card"><p><span class="sco-label">{esc(proposal.get("ordinal"))}.</span> '
        f"{esc(proposal.get('text'))}</p>"
        f'<div class="sco-meta"><span class="sco-label">Themes:</span> {themes}</div>'
        f'<div class="sco-meta"><span class="sco-label">Actions:</span><ul>{action_list}</ul></div></div>'
    )


def list_title(label: object, sent_id: object) -> str:
    """A list's name as a reader sees it: its label, or, for the principles a sentence invokes
    outside any named list, which sentence (numbered from 1) they come from."""
    text = "" if label is None else str(label).strip()
    if text:
        return text
    try:
        return f"Invoked in sentence {int(sent_id) + 1}"  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return "Invoked in the text"


def list_card_html(ex: Extraction, items: pd.DataFrame) -> str:
    """A named list: its items in order, and the sentences they come from with the items marked."""
    ordered = items.sort_values("position")
    chips = "".join(chip(str(item), "#4c78a8") for item in ordered["item"])
    spans = [
        Span(int(r.start), int(r.end), "sco-quote", title=f"item {r.position}") for r in ordered.itertuples()
    ]
    sentences = ex.sentences.loc[ex.sentences["sent_id"].isin(list(ordered["sent_id"]))].sort_values("start")
    evidence = "".join(
        f'<blockquote class="sco-sentence">{highlight(ex.text, spans, start=int(s.start), end=int(s.end))}</blockquote>'
        for s in sentences.itertuples()
    )
    return f'<div class="sco-card"><div class="sco-meta">{chips}</div>{evidence}</div>'


def count_text(value: object) -> str:
    """A count from a table cell as text: ``"4"``, or ``"not stated"`` when missing."""
    try:
        return "not stated" if value is None or value != value else str(int(value))  # NaN != NaN
    except (TypeError, ValueError):
        return "not stated"


def proposal_sets(proposals: pd.DataFrame) -> list[pd.DataFrame]:
    """The proposals split into their sets, in article order: a new set starts where the set
    label changes or the ordinals start again (two "three-point proposals" stay apart)."""
    sets: list[pd.DataFrame] = []
    start, previous = 0, None
    rows = proposals.reset_index(drop=True)
    for i, (raw_label, ordinal) in enumerate(zip(rows["set_label"], rows["ordinal"], strict=True)):
        label = raw_label if isinstance(raw_label, str) else None  # None and NaN alike
        if previous is not None and (label != previous[0] or not ordinal > previous[1]):
            sets.append(rows.iloc[start:i])
            start = i
        previous = (label, ordinal)
    if len(rows):
        sets.append(rows.iloc[start:])
    return sets
