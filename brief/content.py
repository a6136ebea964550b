"""What a cue verb says: the span of its complement (clause, object, prepositional phrase),
cut of what belongs to someone else (a conjoined statement with its own speaker, the
writer's contrast or concession, a time phrase). A pure function over the parse.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from brief.found import returns_to_speaker, span_of
from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_SPEAKER_ENTS = {"ORG", "NORP", "PERSON", "GPE"}
_DOUBLE_QUOTES = {'"', "\u201c", "\u201d"}
_DASHES = {"-", "--", "\u2013", "\u2014"}
_QUOTE_REACH = 40  # tokens a span may grow to close its quotation
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "prep", "attr", "acomp", "dative", "oprd", "advcl", "obj", "pcomp"}


def verb_content(v: "Token", skip: set[int], rules: Rules) -> tuple[int, int] | None:
    """Characters of what cue verb `v` says: its complement clause or object, without the
    writer's contrasts and asides and without another speaker's conjoined statement; tokens in
    `skip` (a passive agent) are left out."""
    parts = []
    # "told reporters: '...'", "told GB News that ...": beside a clause, the object is the addressee.
    # When the clause has no subject of its own, the parser took it into the object ("told MPs child
    # benefit would rise"), so the object stays.
    clause = any(c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
                 for c in v.children)
    addressed = clause and v.lemma_.lower() in rules.addressee_verbs
    following = any(c.dep_ == "ccomp" and c.i > v.i for c in v.children)
    for c in v.children:
        if addressed and c.dep_ in {"dobj", "dative"}:
            continue
        # "pledging £960m over 15 years": an amount the parser attached as an adverbial is content.
        amount = c.dep_ == "npadvmod" and c.i > v.i and any(t.like_num or t.ent_type_ == "MONEY" for t in c.subtree)
        # Content follows the cue, except a fronted clause ("Workers could strike, warn unions"),
        # unless a clause follows too: in "Cards come in 2008 and, X suggested, MPs could decide",
        # the first clause is the writer's.
        if (c.i < v.i and (c.dep_ != "ccomp" or following)) or (c.dep_ not in _CONTENT_DEPS and not amount) or c.i in skip:
            continue
        if c.dep_ == "prep" and c.lower_ in rules.time_preps and not (
                c.lower_ in rules.deadline_preps and any(t.ent_type_ in {"DATE", "TIME"} for t in c.children)):
            continue  # "worried about Pakistan after its scientist admitted ...": when, not what
        if c.dep_ == "advcl" and (c.lemma_.lower() in {"say", "add", "tell"} or any(
                m.dep_ == "mark" and m.lower_ in {"while", "whereas", "although", "though"} for m in c.children)):
            continue  # "Labour say X, while the Tories say Y": the contrast is the writer's, not Labour's
        parts.extend(c.subtree)
    # "Labour say X could happen, while the Tories say Y": the other party's statement is not Labour's.
    # "... would pay more tax and Labour says the sums do not add up": a conjoined clause with its own
    # speaker and speech verb is that speaker's statement.
    other = {t.i for p in parts if rules.verbs.get(p.lemma_.lower()) and (
                 (p.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"while", "whereas"} for m in p.children))
                 or (p.dep_ == "conj" and any(c.dep_ == "nsubj" for c in p.children))
                 or (returns_to_speaker(p) and p.head.head.i == v.i))
             for t in p.subtree}
    # "they would back the plans although Michael Howard was forced to deny ...": a concession about
    # someone named is the writer's aside.
    other |= {t.i for p in parts if p.dep_ == "advcl" and any(
                  m.dep_ == "mark" and m.lower_ in {"although", "though"} for m in p.children) and any(
                  c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN" for c in p.children)
              for t in p.subtree}
    # "expects it to be lifted within six months, a prediction which has alarmed critics": the
    # writer's comment on the statement is no part of it.
    other |= {t.i for p in parts if p.lemma_.lower() in rules.aside_nouns and p.pos_ == "NOUN"
              and p.left_edge.i > 0 and p.doc[p.left_edge.i - 1].text == ","
              and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in p.children)
              and any(c.dep_ == "relcl" for c in p.children) for t in p.subtree}
    if v.lemma_.lower() in rules.addressee_verbs:
        heads = [c for c in v.children if c.dep_ == "dobj" and not addressed]
        heads += [g for c in v.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
        other |= {i for h in heads for i in _addressee_prefix(h, v)}
    other |= {p.i for p in parts if p.dep_ == "cc" and p.i + 1 in other}
    cut = _next_speaker(parts, v, rules)
    if cut is not None:
        other |= {t.i for t in parts if t.i >= cut}
    kept = _to_closing_quote(_before_dash_clause(sorted((t for t in parts if t.i not in other), key=lambda t: t.i), v))
    while kept and (kept[-1].dep_ == "cc" or kept[-1].is_punct):
        kept.pop()  # "voters would pay more tax and [Labour says ...]": no dangling "and"
    return span_of(kept)


def _before_dash_clause(kept: list["Token"], v: "Token") -> list["Token"]:
    """ "want the budget capped at 1% - the Commission wants it to be 1.26%": a spaced dash after the cue
    that opens a clause with its own subject starts the writer's next point (or another speaker's)."""
    spaced = [n for n, t in enumerate(kept)
              if t.text in _DASHES and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_]
    if len(spaced) != 1 or kept[spaced[0]].i < v.i:
        return kept  # none, a pair around an aside ("Veritas - Latin for truth - would"), or "X - Y, Z said"
    n = spaced[0]
    t = kept[n]
    opened = t.doc[t.sent.start : t.i]
    if sum(k.tag_ == "``" for k in opened) > sum(k.tag_ == "''" for k in opened) or n + 1 < len(kept) and kept[
            n + 1].pos_ in {"CCONJ", "SCONJ", "ADV", "VERB"}:
        return kept  # inside a quotation, or "- but only if ...", "- saying ...": the speaker's own point goes on
    if any(c.pos_ in {"VERB", "AUX"} and c.dep_ in {"ROOT", "conj", "parataxis", "ccomp"} and any(
            s.dep_ in {"nsubj", "nsubjpass"} and s.left_edge.i == t.i + 1 for s in c.children) for c in kept[n:]):
        return kept[:n]  # the clause's subject opens right after the dash (not "- less than the $20bn X say")
    return kept


def _to_closing_quote(kept: list["Token"]) -> list["Token"]:
    """ 'dismissed the budget as "spend now, pay later"': a quotation the span opens and does not
    close runs on to its closing mark in the sentence, though the parser hung its second half on
    another word."""
    marks = [t for t in kept if t.text in _DOUBLE_QUOTES]
    if not marks or not _opens(marks[-1]):
        return kept
    last = kept[-1]
    close = next((t for t in last.doc[last.i + 1 : last.sent.end] if t.text in _DOUBLE_QUOTES), None)
    if close is None or _opens(close) or close.i - last.i > _QUOTE_REACH:
        return kept  # not 'the bill "had the feel of a work in progress, and urged that "an obligation ...'
    return kept + list(last.doc[last.i + 1 : close.i + 1])


def _opens(mark: "Token") -> bool:
    """A quotation mark that opens: spaced before and not after it, or a typographic opening one."""
    if mark.text != '"':
        return mark.text == "\u201c"
    return (mark.i == 0 or bool(mark.doc[mark.i - 1].whitespace_)) and not mark.whitespace_


def stranded_speaker(p: "Token", rules: Rules) -> tuple[int, "Token"] | None:
    """For a finite speech verb the parser left without a subject right after "and <name>" ("... like
    squabbling schoolboys and the Liberal Democrats claim ...", "Democrats" read as an object of
    "like"): the index of the "and" and the name's last token, its real subject."""
    doc = p.doc
    if p.i < 2 or p.tag_ not in {"VBP", "VBZ", "VBD"} or not rules.verbs.get(p.lemma_.lower()) \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in p.children) or doc[p.i - 1].pos_ not in {"PROPN", "NOUN"}:
        return None
    j = p.i - 1
    while j > 0 and doc[j].pos_ in {"PROPN", "NOUN", "ADJ", "DET"}:
        j -= 1
    if doc[j].dep_ == "cc" and any(doc[k].ent_type_ in _SPEAKER_ENTS for k in range(j + 1, p.i)):
        return j, doc[p.i - 1]
    return None


def _next_speaker(parts: list["Token"], v: "Token", rules: Rules) -> int | None:
    """Where "and <name> <speech verb>" opens another speaker's statement that the parser took
    into this one: the index of the "and"."""
    for p in sorted(parts, key=lambda t: t.i):
        stranded = stranded_speaker(p, rules) if p.i > v.i + 1 else None
        if stranded is not None and stranded[0] > v.i:
            return stranded[0]
    return None


def _addressee_prefix(obj: "Token", v: "Token") -> list[int]:
    """ "told the BBC progress had been made", "told a Commons committee human rights concerns
    remained": the parser made the addressee a modifier of the reported clause's subject; its
    tokens, if so."""
    doc = obj.doc
    for k in obj.children:
        if k.dep_ == "nmod" and k.i < obj.i and k.left_edge.i == v.i + 1 \
                and any(t.is_title or t.ent_type_ for t in k.subtree):
            return [t.i for t in k.subtree]
    # "told the BBC Michael Howard has always ...": a body's name run into the subject's name.
    first, end = _compound_run(obj, v.i + 1, lambda t: t.head.i == obj.i and (
        t.ent_type_ in {"ORG", "NORP"} or t.is_upper and len(t) > 1))
    if end > first and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B":
        return list(range(v.i + 1, end))
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or not any(c.dep_ == "ccomp" and c.i > obj.i for c in v.children):
        return []
    first, end = _compound_run(obj, obj.left_edge.i, lambda t: bool(t.ent_type_) or t.pos_ == "PROPN")
    return list(range(obj.left_edge.i, end)) if end > first else []


def _compound_run(obj: "Token", start: int, named: Callable[["Token"], bool]) -> tuple[int, int]:
    """From `start` (after a "the"), the run of compound tokens before `obj` that `named` accepts:
    (first, end) token indices."""
    doc = obj.doc
    first = start + (start < len(doc) and doc[start].lower_ == "the")
    end = first
    while end < obj.i and doc[end].dep_ == "compound" and named(doc[end]):
        end += 1
    return first, end
