"""Find the mentions of possible stakeholders in a parsed Doc (pure functions, no state).

A mention is a named entity (PERSON, ORG, GPE, NORP) or a collective actor noun phrase ("unions",
"ministers", "the government", "anti-smoking groups"); `brief.clusters` groups them into stakeholders.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Honorifics only a person bears: the name after one is a person whatever the model's label.
PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "lady", "dr", "mx"})
#: Words that join the items of a portfolio ("Children, Young People and Families").
LIST_MARKS = frozenset({",", "and", "&"})
#: Words that join a title to its portfolio ("Minister for Sport", "Secretary of State").
PORTFOLIO_JOINERS = frozenset({"for", "of", "on"})
#: The small model tags many capitalised words; these are never actors by themselves.
_SKIP_TEXTS = frozenset({"ai", "mr", "mrs", "ms", "dr", "lord", "sir", "the", "one", "two"})


@dataclass
class Mention:
    """A stretch of tokens naming (or standing for) an actor."""

    start: int  # token index
    end: int  # token end, exclusive
    text: str
    label: str  # PERSON, ORG, GPE, NORP or GROUP (collective noun phrase)
    key: str  # matching key (lowercase, no article/possessive/honorific)
    honorific: str | None = None
    actor: int | None = None


def _strip_edges(span: "Span", rules: Rules) -> tuple[int, int, str | None]:
    """Drop a leading article, a trailing possessive; note a leading honorific."""
    start, end, doc = span.start, span.end, span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in {"'s", "'", "’s"}
                           or doc[end - 1].is_punct and doc[end - 1].text not in {".", ")"}):
        end -= 1  # "David Kahn -": the dash the model ran into the name is no part of it
    honorific = None
    if start < end - 1 and doc[start].lower_.rstrip(".") in rules.honorifics:
        honorific = doc[start].text
    elif start > 0 and doc[start - 1].lower_.rstrip(".") in rules.honorifics and (
            span.label_ == "PERSON" or doc[start - 1].lower_.rstrip(".") in PERSONAL_TITLES
            or doc[start - 1].lower_ in rules.peerage_titles and doc[start - 1].is_title and end - start == 1):
        honorific = doc[start - 1].text
    return start, end, honorific


def mention_key(tokens: list[str], rules: Rules) -> str:
    """Lowercase key without honorifics, used to match mentions of one actor."""
    words = [t.lower().replace("\u2019", "'") for t in tokens]
    while len(words) > 1 and words[0].rstrip(".") in rules.honorifics:
        words = words[1:]
    return " ".join(words)


def portfolio_opening(doc: "Doc", end: int, rules: Rules) -> int | None:
    """Index of the title word that opens the portfolio list ending before token `end`
    ("Minister" of "Minister for Children, Young People and Families"), if one does."""
    i = end - 1
    while i >= 1 and (doc[i].is_title or doc[i].text in LIST_MARKS or doc[i].lower_ == "the") \
            and doc[i].lower_ not in PORTFOLIO_JOINERS and not doc[i].is_sent_start:
        i -= 1
    # "for" opens a portfolio ("Minister for ..."); "of" opens a body ("chairman of the Bar Council, X")
    if i >= 1 and i < end - 1 and doc[i].lower_ == "for" and doc[i - 1].lower_ in rules.titles:
        return i - 1
    return None


def _portfolio_item(doc: "Doc", start: int, end: int, rules: Rules) -> bool:
    """True for a name inside a portfolio list, with more items after it, that a title opens."""
    j = end
    while j < len(doc) and doc[j].text in LIST_MARKS:
        j += 1
    return end < j < len(doc) and doc[j].is_title and doc[j].ent_type_ != "PERSON" \
        and portfolio_opening(doc, start, rules) is not None


def _part_of_title(doc: "Doc", start: int, end: int, key: str, rules: Rules) -> bool:
    """ "Shadow Home" in "Shadow Home Secretary": the model cut a role title, not a name."""
    if end >= len(doc) or doc[end].lower_ not in rules.titles:
        return False
    words = f"{key} {doc[end].lower_}".split()
    if set(words[:-1]) & rules.org_heads:
        return False  # "Association of Chief Police Officers president": a body, then its officer's title
    if words[0] in rules.shadow_prefixes or words[-2] == "affairs":
        return True  # "Shadow Home Secretary", "Home Affairs spokesman": a portfolio, not a body
    # "Industry" in "Trade and Industry Minister": any ministerial title ends the name.
    return any(" ".join(words[i:]) in rules.institutions for i in range(len(words)))


def named_groups(doc: "Doc", rules: Rules) -> list[Mention]:
    """Capitalised noun phrases headed by an organisation word the model split or missed.

    "the Public and Commercial Services union" comes out of the small model as two
    fragments; the whole noun phrase is the organisation's name.
    """
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.lower_ not in rules.org_heads or root.i == chunk.start or "\n" in chunk.text:
            continue
        start = chunk.start
        while start < root.i and doc[start].lower_ in {"the", "a", "an"} or doc[start].tag_ == "PRP$":
            start += 1
        words = doc[start : root.i]
        if not words or not all(t.is_title or t.is_upper or t.lower_ in {"and", "of", "for", "&"} for t in words):
            continue
        if sum(1 for t in words if t.pos_ == "PROPN") < 2:
            continue
        span = doc[start : root.i + 1]
        out.append(Mention(span.start, span.end, span.text, "ORG", mention_key([t.text for t in span], rules)))
    return out


def _modifier(doc: "Doc", i: int, start: int, end: int) -> bool:
    """Token `i` is an untagged capitalised modifier of the name spanning [start, end)."""
    tok = doc[i]
    return tok.is_title and tok.ent_type_ == "" and tok.dep_ in {"compound", "amod"} and start <= tok.head.i < end


def _extend_left(doc: "Doc", start: int, end: int) -> int:
    """ "Liberal Democrats" tagged as just "Democrats": take back capitalised modifiers of the name
    (not a sentence's first word, which is capitalised anyway)."""
    while start > 0 and _modifier(doc, start - 1, start, end) and not doc[start - 1].is_sent_start:
        start -= 1
    return start


def _take_back_head_words(doc: "Doc", start: int, end: int, rules: Rules) -> int:
    """ "Universities Scotland" tagged as just the place: take back a body's head words before the
    name, even at a sentence's start."""
    while start > 0 and _modifier(doc, start - 1, start, end) and _singulars(doc[start - 1].lower_) & rules.org_heads:
        start -= 1
    return start


def _first_name(doc: "Doc", start: int, rules: Rules) -> int:
    """ "Otis Ferry" tagged as just "Ferry" (the first name opening a sentence): a capitalised
    proper noun right before a one-word name, modifying it, that is no title or known body."""
    tok = doc[start - 1]
    if tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and tok.dep_ == "compound" \
            and tok.head.i == start and tok.lower_ not in rules.titles and tok.lower_ not in rules.honorifics \
            and tok.lower_ not in rules.aliases:
        return start - 1
    return start


def _singulars(word: str) -> set[str]:
    """The word and its possible singulars ("universities": "university"), for a lexicon lookup."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def _extend_over_preposition(doc: "Doc", start: int, end: int, label: str, rules: Rules) -> int:
    """ "Campaign for Borders Rail" tagged as just "Borders Rail": the capitalised head the name
    hangs from by "for"/"of" is part of it. A title ("Minister for Scotland") is not a name; a
    place only joins a body's head word ("University of Leeds"), not any capitalised word."""
    prep = start - 1 - (start > 1 and doc[start - 1].lower_ == "the")
    if prep < 1 or doc[prep].lower_ not in {"for", "of"}:
        return start
    tail = doc[end - 1]
    while tail.dep_ == "compound" and tail.head.i > tail.i:
        tail = tail.head  # "Commission for Racial Equality chairman Trevor Phillips": the name modifies a title
    if tail.head.i != prep:
        return start
    head = doc[prep].head
    if head.i != prep - 1 or not head.is_title or head.ent_type_ or head.lower_ in rules.titles \
            or head.lower_.rstrip(".") in rules.honorifics:
        return start
    if head.lower_ not in rules.org_heads and (label != "ORG" or head.is_sent_start or head.pos_ != "PROPN"
                                               or doc[head.i - 1].pos_ == "PROPN"):
        return start  # "Ashok Vishwanathan of Operation Black Vote": a person's name, not the body's
    return _extend_left(doc, head.i, end)


def _headline_caps(span: "Span") -> bool:
    """ "JOINS MINERS", "UNION BOSS" on a line written all in capitals: headline words, not a
    name. An acronym ("CBI", "NATO") of one short word is kept."""
    words = [t.text for t in span if t.is_alpha]
    if not words or not all(w.isupper() for w in words) or (len(words) == 1 and len(words[0]) <= 5):
        return False
    text = span.doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not any(c.islower() for c in line) and sum(1 for w in line.split() if w.isalpha()) >= 2


def entity_mentions(doc: "Doc", rules: Rules) -> list[Mention]:
    """Named-entity mentions, cleaned of articles, possessives and line-break glitches."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS or "\n" in ent.text:
            continue
        start, end, honorific = _strip_edges(ent, rules)
        if start >= end:
            continue
        if ent.label_ in {"ORG", "NORP"}:
            start = _take_back_head_words(doc, _extend_left(doc, start, end), end, rules)
        label = ent.label_
        if label == "PERSON" and end - start == 1 and not honorific and start > 0:
            start = _first_name(doc, start, rules)
        if label == "GPE" and (wider := _take_back_head_words(doc, start, end, rules)) < start:
            start, label = wider, "ORG"  # "Universities Scotland": a body named after its place
        if label in {"ORG", "GPE"}:
            start = _extend_over_preposition(doc, start, end, label, rules)
        key = mention_key([t.text for t in doc[start:end]], rules)
        if _part_of_title(doc, start, end, key, rules):
            continue
        if _portfolio_item(doc, start, end, rules):
            continue  # "Young People" of "Minister for Children, Young People and Families"
        if end - start > 1 and doc[end - 1].lower_ in rules.law_heads:
            continue  # "the Railway Labor Act" is a law the model tagged ORG: it says nothing
        text = doc[start:end].text
        if not any(c.isupper() for c in text):
            continue  # names are capitalised; a lower-case "entity" is a tagging error
        if key in _SKIP_TEXTS or not any(c.isalpha() for c in key) or _headline_caps(doc[start:end]):
            continue
        if end - start == 1 and key in rules.anaphoric_heads and key not in rules.aliases or ent.label_ != "PERSON" \
                and end - start > 1 and doc[end - 1].lower_ in rules.titles - rules.org_heads:
            continue  # "Party leader X": a kind word capitalised by its place; "the Mid-Bedfordshire MP": a role
        peer = end - start == 2 and doc[start].lower_ in rules.peerage_titles and doc[end - 1].lower_ not in rules.titles
        honorific = honorific or (doc[start].text if peer else None)  # "Tebbit" tagged ORG, taken over "Lord"
        titled = label == "ORG" and 2 <= end - start <= 3 and start > 0 and doc[start - 1].text in rules.titles - \
            rules.org_heads and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in rules.org_heads for t in doc[start:end])
        if honorific and (honorific.lower().rstrip(".") in PERSONAL_TITLES or peer or end - start == 1) or titled:
            label = "PERSON"  # "Mr Hulme-Cross", "Lord Tebbit" tagged ORG; "shadow chancellor Vince Cable" tagged ORG
        out.append(Mention(start, end, text, label, key, honorific))
    return out


def _group_root_ok(tok: "Token", rules: Rules) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in rules.collective or tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ == "compound":
        return False
    if lemma in rules.collective_needs_plural_or_definite:
        has_def = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)
        return tok.tag_ in {"NNS", "NNPS"} or has_def
    return True


def collective_mentions(doc: "Doc", rules: Rules, taken: set[int]) -> list[Mention]:
    """Collective actor noun phrases ("unions", "union leaders", "the government")."""
    out = []
    for tok in doc:
        if tok.i in taken or not _group_root_ok(tok, rules):
            continue
        left = tok.left_edge.i
        # Keep the noun phrase's own modifiers (compounds, adjectives), not clauses.
        start = tok.i
        while start > left and doc[start - 1].dep_ in {"compound", "amod", "nmod", "nummod"} \
                and doc[start - 1].i not in taken and doc[start - 1].head.i >= start - 1:
            start -= 1
        # "union leaders": a collective compound names the group the leaders speak for.
        key_tok = tok
        for child in tok.children:
            if child.dep_ == "compound" and child.lemma_.lower() in rules.collective and child.i >= start:
                key_tok = child
        text = doc[start : tok.i + 1].text
        lemma = key_tok.lemma_.lower()
        nation = _nation_before(doc, start, tok, rules)
        if nation is not None:
            # "the Scottish Executive", "the US government": a named government, not the text's own.
            span = doc[nation : tok.i + 1]
            out.append(Mention(nation, tok.i + 1, span.text, "ORG", mention_key([t.text for t in span], rules)))
            continue
        if lemma in rules.government_collective:
            key = "the government"
        else:
            key = lemma
        out.append(Mention(start, tok.i + 1, text, "GROUP", key))
    return out


def _nation_before(doc: "Doc", start: int, tok: "Token", rules: Rules) -> int | None:
    """Start of a nationality or country right before a government head noun ("US government")."""
    if tok.lemma_.lower() not in rules.government_heads or start != tok.i or start == 0:
        return None
    prev = doc[start - 1]
    if prev.ent_type_ in {"NORP", "GPE"} and prev.head.i == tok.i and prev.dep_ in {"compound", "amod", "nmod"}:
        first = prev.i
        while first > 0 and doc[first - 1].ent_type_ == prev.ent_type_ and doc[first - 1].ent_iob_ != "O" \
                and prev.ent_iob_ == "I":
            first -= 1
        return first
    return None
