"""The statement record every finder produces (`Found`) and the clause helpers they share:
who a verb's subject is, the character span of some tokens, deadline dates.

Pure functions over spaCy tokens; `Found` holds character offsets only.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: Dependencies of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def main_subject(tok: "Token") -> bool:
    """The subject of a sentence's main verb, or its possessor ("Tony Blair's spokesman said")."""
    if tok.dep_ == "poss":
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT"


def embedded_under(tok: "Token", verb: "Token", contrast: bool = False) -> bool:
    """True when `tok` sits in a complement of `verb` or a clause modifying a noun under it
    ("refused to deny claims [the prime minister had reneged]"); with `contrast`, also in an
    adverbial clause ("X criticised the budget while the chancellor said ...")."""
    t = tok
    while t.i != t.head.i and t.i != verb.i:
        if t.dep_ in {"ccomp", "xcomp", "acl", "relcl", "pcomp"} or contrast and t.dep_ == "advcl":
            return verb in t.ancestors
        t = t.head
    return False


def previous_sentence_start(doc: "Doc", i: int) -> int:
    """Token index where the sentence before token `i`'s sentence starts (its own, for the first).
    A split the parser made with no punctuation or line break ("told the Today programme | Mr Blair
    had refused ...") is no sentence end."""
    here = _written_start(doc, doc[min(i, len(doc) - 1)].sent.start)
    return _written_start(doc, doc[here - 1].sent.start) if here > 0 else here


def _written_start(doc: "Doc", start: int) -> int:
    while start > 0 and not (doc[start - 1].is_punct or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space):
        start = doc[start - 1].sent.start
    return start


#: Dependencies that keep a name inside the noun phrase above it ("Shares in BP", "Germany's bank, X").
_PHRASE_DEPS = {"pobj", "prep", "poss", "compound", "appos", "nmod", "amod"}
_MAX_PHRASE_HOPS = 6


@dataclass
class Found:
    """A statement before it is filed under a stakeholder (character offsets)."""

    type: str
    cue: tuple[int, int]
    text: tuple[int, int]
    speaker_actor: int
    speaker: tuple[int, int]
    sentence: tuple[int, int]
    target_actor: int | None = None
    deadline: str | None = None
    quote: bool = False
    negated: bool = False
    head: int = -1  # token index of the cue word, for de-duplication
    bare: bool = False  # a reporting verb with no complement of its own ('..., he said.')
    nominal: bool = False  # cued by a noun ("the Pentagon's request for ...")


def acting_position(tok: "Token", rules: Rules) -> bool:
    """True for a body named where it acts though it is not the subject: inside the subject's phrase
    ("Shares in BP rose", "The head of the RCN warned"), in apposition to it, as a passive agent
    ("announced by Tesco"), after "according to", or as the body a subject spokesperson speaks for."""
    if spokespersons_body(tok, rules):
        return True
    t = tok
    for _ in range(_MAX_PHRASE_HOPS):
        if t.dep_ == "pobj" and (t.head.dep_ == "agent" or t.head.head.lower_ == "according"):
            return True
        if t.dep_ in SUBJECT_DEPS:
            return t.i != tok.i
        if t.dep_ not in _PHRASE_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return False


def spokespersons_body(tok: "Token", rules: Rules) -> bool:
    """True for the body a subject speaks for ("A spokeswoman for Plaid called on X to quit the Welsh
    Assembly"): it acts in the sentence as its subject does; the assembly is only named."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in {"for", "of", "at"} \
        and prep.head.lemma_.lower() in rules.spokesperson and main_subject(prep.head)


def subject_of(v: "Token") -> tuple["Token | None", bool]:
    """The token naming who speaks for verb `v`, and whether it came from a passive agent."""
    subjects = [c for c in v.children if c.dep_ in {"nsubj", "csubj"}]
    if len(subjects) > 1 and any(t.is_quote for t in v.doc[subjects[0].i : v.i]):
        # '"The government ... seem intent on history," he said': the parser gave "said" two
        # subjects, the quote's and the speaker's, who stands after the quote
        subjects.sort(key=lambda c: abs(v.i - c.i))
    if len(subjects) > 1 and any(c.text == "-" and not c.whitespace_ for c in subjects):
        subjects = subjects[-1:]  # "Tory vice-chairman Tim Hall said": the parts of a split title, then him
    for c in subjects:
        if c.lower_ in {"who", "which", "that"} and v.dep_ == "relcl":
            return v.head, False
        return c, False
    for c in v.children:
        if c.dep_ == "agent":
            for obj in c.children:
                if obj.dep_ == "pobj":
                    return obj, True
    if any(c.dep_ == "nsubjpass" for c in v.children):
        return None, False
    if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.dep_ == "ccomp" and v.head.head.i != v.head.i:
        # "He said Mr Blair had spoken with sincerity, adding: ...": the one who said it adds,
        # though the parser hung the participle on the reported verb.
        return subject_of(v.head.head)
    if returns_to_speaker(v):
        return subject_of(v.head.head)
    named = _name_before(v)
    if named is not None:
        return named, False
    if v.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and v.head.i != v.i:
        return subject_of(v.head)
    if v.dep_ == "relcl" and not any(c.dep_ == "auxpass" for c in v.children):
        return v.head, False  # not "the first Scot to be confirmed as a victim": the noun is the patient
    return None, False


def _name_before(v: "Token") -> "Token | None":
    """ "worried about Pakistan after one of its scientists, Abdul Khan, admitted leaking secrets":
    a verb the parser joined to the main clause with no "and", right after a person's name, is
    that person's."""
    if v.dep_ != "conj" or v.tag_ not in {"VBD", "VBZ"} or v.i < 1:
        return None
    prev = v.i - 1
    while prev > v.head.i and v.doc[prev].is_punct:
        prev -= 1
    name = v.doc[prev]
    if name.ent_type_ != "PERSON" or prev == v.i - 1 and not name.is_title:
        return None
    if any(v.doc[i].dep_ == "cc" for i in range(v.head.i + 1, v.i)) or name.dep_ in SUBJECT_DEPS:
        return None
    return name


def returns_to_speaker(v: "Token") -> bool:
    """ "Mr Jack said the bill was unfinished, and urged the government to ...": a verb after
    ", and" (or a past tense after a modal one) that the parser joined to the reported clause,
    with no subject of its own, is the reporter's next act, not part of what was reported."""
    if v.dep_ != "conj" or v.head.dep_ != "ccomp" or v.head.head.i == v.head.i or v.i < 2:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in v.children) or v.tag_ not in {"VBD", "VBZ"}:
        return False
    doc = v.doc
    if doc[v.i - 1].dep_ == "cc" and doc[v.i - 2].text == ",":
        return True
    # "said Labour would set out plans and attacked the Tory plans": a past tense joined to a
    # modal verb is no part of the reported clause.
    aux = [a for a in v.head.children if a.dep_ == "aux"]
    return v.tag_ == "VBD" and v.pos_ == "VERB" and doc[v.i - 1].lower_ == "and" and v.head.tag_ == "VB" \
        and any(a.tag_ == "MD" for a in aux) and not any(a.lemma_ == "have" for a in aux)


def span_of(toks: list["Token"]) -> tuple[int, int] | None:
    toks = [t for t in toks if not t.is_punct and not t.is_space]
    if not toks:
        return None
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return start, end


class Dates:
    """DATE/TIME entities after by/before/until, indexed by position (Doc.ents is costly to rebuild)."""

    def __init__(self, doc: "Doc", rules: Rules) -> None:
        dated = []
        for ent in doc.ents:
            if ent.label_ in {"DATE", "TIME"} and ent.start > 0 and doc[ent.start - 1].lower_ in rules.deadline_preps:
                dated.append((ent.start_char, ent.end_char, ent.text))
        self.dated = dated
        self.starts = [d[0] for d in dated]

    def deadline(self, span: tuple[int, int]) -> str | None:
        """The first deadline date inside `span`."""
        k = bisect_left(self.starts, span[0])
        if k < len(self.dated) and self.dated[k][1] <= span[1]:
            return self.dated[k][2]
        return None


_REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}


def _labels(v: "Token") -> bool:
    """True when a naming verb with an object predicate passes judgement on something: "called the plan
    a disgrace", "called Labour 'a brilliant machine'", "branded it unfair"; not "calls himself a
    libertarian", "a service called MSN Spaces", "dubbed the Leeds Two by fans", "to be called Firebird",
    "called a company whistleblower as a witness"."""
    kids = list(v.children)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids)
    relative = v.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in kids) and any(
        c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in kids)  # "the budget, which the Tories called ..."
    if v.dep_ == "acl" or v.dep_ == "relcl" and not relative or (passive and not any(c.dep_ == "agent" for c in kids)):
        return False  # but "Plans ... have been branded 'irresponsible' by the Lib Dems" is theirs
    predicates = [c for c in kids if c.dep_ == "oprd"]
    # the thing named: an object, the first of two predicates ("called Labour 'a machine'"), a
    # small clause's subject ("called this 'indefensible'") or the passive's subject
    objects = [c for c in kids if c.dep_ in {"dobj", "nsubjpass"}] or predicates[:-1] or [
        g for c in predicates for g in c.children if g.dep_ == "nsubj"]
    if not objects or any(c.lower_ in _REFLEXIVES for c in objects) or any(
            g.dep_ == "prep" and g.lower_ == "as" for c in (v, *predicates) for g in c.children):
        return False  # "called a whistleblower as their first witness": summoned
    doc = v.doc
    c = predicates[-1]
    # "called the idea nonsense", "called them hypocrites": a bare noun too, after an object of its own
    bare_noun = c.pos_ == "NOUN" and any(o.dep_ == "dobj" and o.i < c.left_edge.i for o in kids) \
        and not any(g.dep_ in {"acl", "relcl"} or g.tag_ == "TO" for g in c.subtree)
    return c.pos_ == "ADJ" or bare_noun or any(d.dep_ == "det" for d in c.children) \
        or (c.left_edge.i > 0 and doc[c.left_edge.i - 1].is_quote)


def verb_type(v: "Token", rules: Rules) -> str | None:
    """The statement type a cue verb signals, its particle or object included ("call for")."""
    lemma = v.lemma_.lower()
    if any(c.dep_ in {"prt", "advmod"} and f"{lemma} {c.lower_}" in rules.onward_phrasals
           and not any(g.dep_ == "prep" for g in c.children) for c in v.children):  # not "ahead of the vote"
        return None
    particles = [c for c in v.children if c.dep_ == "prt"]
    for c in particles:
        kind = rules.phrasal.get(f"{lemma} {c.lower_}")
        if kind:
            return kind
    if particles:
        return None  # a particle changes the verb: "call out", "ask around" are not cues
    if lemma in rules.naming_verbs and any(c.dep_ == "oprd" for c in v.children):
        return rules.naming_verbs[lemma] if _labels(v) else None  # "called Labour a machine for talking"
    for c in v.children:
        if c.dep_ == "prep":
            kind = rules.phrasal.get(f"{lemma} {c.lower_}")
            if kind:
                return kind
        if c.dep_ == "dobj":
            kind = rules.verb_objects.get(f"{lemma} {c.lemma_.lower()}")
            if kind:
                return kind
    kind = rules.verbs.get(lemma)
    after = [c for c in v.children if c.i > v.i and c.dep_ not in {"punct", "advmod", "npadvmod"}]
    if kind in rules.demand_types and after and after[0].dep_ == "prep" and not any(
            c.dep_ in {"xcomp", "ccomp", "dobj", "advcl"} or c.lower_ == "for" for c in after):
        return None  # "pushed through plans", "appeal to the same instincts": no demand of anyone
    return kind


def clip_to_brackets(v: "Token", text: tuple[int, int]) -> tuple[int, int]:
    """ "It is not clear how long Mr Brown will stay (he once said there are two types of
    chancellor)": a cue inside brackets says only what the brackets hold."""
    sent = v.sent
    opened = next((t for t in reversed(sent[: v.i - sent.start]) if t.text in {"(", ")"}), None)
    if opened is None or opened.text != "(":
        return text
    closed = next((t for t in sent[v.i - sent.start :] if t.text == ")"), None)
    hi = closed.idx if closed is not None else sent.end_char
    after = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else v
    # Content that began outside the brackets was the parser's run-on: the words after the cue.
    start = max(text[0], opened.idx + 1) if text[0] > opened.idx else after.idx
    end = min(text[1], hi)
    return (start, end) if start < end else text


def cue_span(v: "Token") -> tuple[int, int]:
    """Characters of the cue: the verb with its auxiliaries and negation before it and its particle."""
    left = [c for c in v.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < v.i and v.i - c.i <= 4]
    start = min([v] + left, key=lambda t: t.i)
    end_tok = v
    for c in v.children:
        if c.dep_ == "prt" and c.i == v.i + 1:
            end_tok = c
    return start.idx, end_tok.idx + len(end_tok.text)


def only_reference(doc: "Doc", text: tuple[int, int], rules: Rules) -> bool:
    """True when the span `text` only points at what is said elsewhere: one pronoun ("them") or
    a pointer and a speech noun ("such claims", "his remarks"; rules: pointer_words, pointer_nouns)."""
    span = doc.char_span(*text, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    if len(words) == 1:
        return words[0].pos_ in {"PRON", "DET"}
    return len(words) == 2 and words[0].lower_ in rules.pointer_words and words[1].lemma_.lower() in rules.pointer_nouns
