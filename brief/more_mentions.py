"""Mentions the model's entities miss (later repeats of a name, names coordinated with an
organisation, names from the alias tables), and `find_mentions`, which gathers every kind.

Pure functions over a parsed Doc, like `brief.mentions`, whose `Mention` they return.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from brief.mentions import (LIST_MARKS, PERSONAL_TITLES, Mention, collective_mentions, entity_mentions, mention_key,
                            named_groups)
from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


def repeated_mentions(doc: "Doc", ents: list[Mention], rules: Rules) -> list[Mention]:
    """Untagged repeats of a name the model tagged elsewhere (it misses some occurrences)."""
    from spacy.matcher import PhraseMatcher

    first: dict[str, Mention] = {}
    for m in ents:
        head = doc[m.end - 1]
        if m.label == "PERSON" and m.end - m.start == 1 and head.dep_ in {"compound", "amod"} \
                and head.head.i > head.i and head.head.pos_ == "NOUN" and head.head.is_lower:
            continue  # "Welsh patients" tagged a person: an adjective, whose repeats are no people either
        if doc[m.start].is_title or doc[m.start].is_upper:
            first.setdefault(m.text, m)
    if not first:
        return []
    from spacy.tokens import Doc

    matcher = PhraseMatcher(doc.vocab)
    for text, m in first.items():
        # A bare Doc of the same tokens: Span.as_doc() copies every annotation array.
        words = [t.text for t in doc[m.start : m.end]]
        matcher.add(text, [Doc(doc.vocab, words=words)])
    taken = {i for m in ents for i in range(m.start, m.end)}
    out = []
    for match_id, start, end in sorted(matcher(doc), key=lambda t: (t[1], -t[2])):
        if any(i in taken for i in range(start, end)):
            continue
        m = first[doc.vocab.strings[match_id]]
        out.append(Mention(start, end, m.text, m.label, m.key))
        taken.update(range(start, end))
    return out


def coordinated_names(doc: "Doc", ents: list[Mention], rules: Rules) -> list[Mention]:
    """Proper names listed beside an organisation ("Google, xAI, and OpenAI") are organisations.

    The small model leaves some list items untagged or tags them as places; a list
    shares one type, so the organisation label spreads along the conjunction.
    """
    by_token = {m.end - 1: m for m in ents}
    out = []
    for m in ents:
        if m.label != "ORG":
            continue
        stack = [doc[m.end - 1]]
        seen = set()
        while stack:
            tok = stack.pop()
            if tok.i in seen:
                continue
            seen.add(tok.i)
            peers = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
            for p in peers:
                other = by_token.get(p.i)
                if other is not None:
                    if other.label == "GPE":
                        other.label = "ORG"
                    stack.append(p)
                elif p.is_alpha and any(c.isupper() for c in p.text) and p.ent_type_ == "" and p.pos_ != "VERB":
                    new = Mention(p.i, p.i + 1, p.text, "ORG", mention_key([p.text], rules))
                    by_token[p.i] = new
                    out.append(new)
                    stack.append(p)
    return out


#: Lower-case words that may stand inside a body's name ("Save the Children", "Friends of the Earth").
_NAME_JOINERS = frozenset({"the", "of", "for", "on"})  # not "and": "of Oxfam and Tom Ray of ..." lists two
#: Entity types that a capitalised run after "of" may be instead of a body ("Jane Hart of Leeds").
_NOT_BODIES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "PERSON"})


def _body_starts(doc: "Doc", ents: list[Mention], rules: Rules) -> list[tuple[int, bool]]:
    """(first token, needs a body word at its end) of each name a person or a spokesperson is from:
    "Jane Hart of Save the Children", "a spokesman for the European Anti-Fraud Office"."""
    out = [(m.end + 1, False) for m in ents
           if m.label == "PERSON" and m.end + 1 < len(doc) and doc[m.end].lower_ in {"of", "from"}]
    for t in doc[:-2]:
        if (t.lemma_.lower() in rules.spokesperson or t.lower_ in rules.titles) \
                and doc[t.i + 1].lower_ in {"for", "of", "at"}:
            i = t.i + 2 + (doc[t.i + 2].lower_ == "the")
            # "director of anti-constitution group Vote No": the kind word vouches for the name after it
            kind = next((j for j in range(i, min(i + 4, len(doc) - 1)) if doc[j].lemma_.lower() in rules.org_heads
                         and doc[j].is_lower and all(doc[k].is_lower or doc[k].text == "-" for k in range(i, j))), None)
            out.append((kind + 1, False) if kind is not None else (i, True))
    return out


def bodies_after_people(doc: "Doc", ents: list[Mention], rules: Rules) -> list[Mention]:
    """ "Jane Hart of Save the Children said": the capitalised name after a person and "of" or
    "from", or after a spokesperson and "for" ("a spokesman for the European Anti-Fraud Office",
    then ending in a body word), is the body they are from, even where the model tagged none of it
    or only a piece ("Earth" of "Friends of the Earth"). Returns `ents` with such bodies in place
    of the pieces."""
    taken = {i: m for m in ents for i in range(m.start, m.end)}
    out = list(ents)
    for start, needs_head in _body_starts(doc, ents, rules):
        end = start
        while end < len(doc) and (doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper or (
                doc[end].lower_ in _NAME_JOINERS and end > start)) or _inner_hyphen(doc, end)):
            end += 1
        while end > start and doc[end - 1].lower_ in _NAME_JOINERS:
            end -= 1
        if end == start or not doc[start].is_title or doc[start].is_sent_start:
            continue
        if needs_head and doc[end - 1].lemma_.lower() not in rules.org_heads:
            continue
        inside = {id(taken[i]): taken[i] for i in range(start, end) if i in taken}
        if any(x.start < start or x.end > end or x.label == "PERSON" for x in inside.values()) or \
                any(e.start == start and e.end == end and e.label_ in _NOT_BODIES for e in doc.ents):
            continue  # a place or name the model tagged whole ("of Leeds"), or a run past a mention
        if any(x.start == start and x.end == end for x in inside.values()):
            continue  # the model found this name itself
        out = [x for x in out if id(x) not in inside]
        text = doc[start:end].text
        body = Mention(start, end, text, "ORG", mention_key(text.split(), rules))
        taken.update({i: body for i in range(start, end)})
        out.append(body)
    return out


def _inner_hyphen(doc: "Doc", i: int) -> bool:
    """ "Anti-Fraud": a hyphen between two capitalised words of a name."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title


@lru_cache(maxsize=4)
def _alias_matcher(vocab: "Vocab", names: frozenset[str]) -> "PhraseMatcher":
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    matcher = PhraseMatcher(vocab)
    for name in sorted(names):
        if name[:1].isupper():
            matcher.add(name, [Doc(vocab, words=name.split())])
    return matcher


def alias_matches(doc: "Doc", rules: Rules) -> list[tuple[int, int]]:
    """(start, end) of every alias-table name in `doc`, longest first at each start."""
    found = _alias_matcher(doc.vocab, rules.alias_names)(doc)
    return sorted(((start, end) for _, start, end in found), key=lambda t: (t[0], -t[1]))


def alias_mentions(doc: "Doc", matches: list[tuple[int, int]], taken: set[int], rules: Rules) -> list[Mention]:
    """Names from the alias table (`matches`) the model did not tag ("Tory ex-minister", "Lib Dem peers")."""
    out = []
    taken = set(taken)
    for start, end in matches:
        if any(i in taken for i in range(start, end)):
            continue
        text = doc[start:end].text
        out.append(Mention(start, end, text, "ORG", mention_key(text.split(), rules)))
        taken.update(range(start, end))
    return out


def listed_before_title(doc: "Doc", start: int, end: int, rules: Rules) -> bool:
    """ "Culture", "Media" and "Sport" of "Culture, Media and Sport Secretary Tessa Jowell": items
    of a portfolio list that a title word closes are no bodies."""
    j, listed = end, start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].is_title
    while j < len(doc) and (doc[j].text in LIST_MARKS or doc[j].lower_ == "and" or (
            doc[j].is_title and doc[j].lower_ not in rules.titles and doc[j].lower_.rstrip(".") not in rules.honorifics)):
        listed = listed or doc[j].text in LIST_MARKS or doc[j].lower_ == "and"
        j += 1
    return listed and j < len(doc) and doc[j].lower_ in rules.titles and doc[j].is_title


def post_nominal(doc: "Doc", i: int, rules: Rules) -> int | None:
    """ "Richard Mawrey, QC told the hearing", "Frank Field MP said": a post-nominal after a person's
    name (and a comma) is that person, no body (the model tags "QC" a place). Returns the name's last token."""
    if doc[i].lower_ not in rules.post_nominals or i < 1:
        return None
    if doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].pos_ == "PROPN":
        return i - 1  # "Frank Field MP criticised": no comma
    if i >= 2 and doc[i - 1].text == ",":
        return i - 2 if doc[i - 2].ent_type_ == "PERSON" else None
    return None


def titled_names(doc: "Doc", taken: set[int], rules: Rules) -> list[Mention]:
    """ "Lord Penrose said": a capitalised name right after a personal or peerage title that the
    model left untagged is a person (the title is kept as the mention's honorific)."""
    out = []
    for tok in doc[:-1]:
        if tok.lower_.rstrip(".") not in PERSONAL_TITLES | rules.peerage_titles or not tok.is_title \
                or tok.i > 0 and doc[tok.i - 1].pos_ == "DET" or _title_case_line(doc, tok.i):
            continue  # "the Lord Provost": an office; "Lord Hale Rejects Claims": a headline's capitals
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 2 and end not in taken and (
                doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].lower_ not in rules.titles):
            end += 1
            if end + 1 < len(doc) and _inner_hyphen(doc, end):
                end += 1  # "Mr Kilroy-Silk": one name
        if end > tok.i + 1 and tok.i not in taken:
            words = [t.text for t in doc[tok.i + 1 : end]]
            out.append(Mention(tok.i + 1, end, " ".join(words), "PERSON", mention_key(words, rules), tok.text))
    return out


def _title_case_line(doc: "Doc", i: int) -> bool:
    """True when token `i` is on a line whose every word is capitalised (a headline)."""
    text = doc.text
    start = text.rfind("\n", 0, doc[i].idx) + 1
    end = text.find("\n", doc[i].idx)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def find_mentions(doc: "Doc", rules: Rules) -> list[Mention]:
    """All mentions in document order."""
    groups = named_groups(doc, rules)
    in_group = {i for m in groups for i in range(m.start, m.end)}
    ents = [m for m in entity_mentions(doc, rules) if not any(i in in_group for i in range(m.start, m.end))]
    ents = bodies_after_people(doc, [m for m in ents if post_nominal(doc, m.start, rules) is None
                                     and not (m.label != "PERSON" and listed_before_title(doc, m.start, m.end, rules))],
                               rules)
    # A known name the model split or cut ("UK" + "Independence Party", "Liberal" + "Democrat")
    # replaces the pieces it covers.
    matches = alias_matches(doc, rules)  # one PhraseMatcher pass serves both uses below
    longer = [a for a in alias_mentions(doc, matches, in_group, rules)
              if any(a.start <= m.start and m.end <= a.end and m.end - m.start < a.end - a.start for m in ents)]
    ents = [m for m in ents if not any(a.start <= m.start and m.end <= a.end for a in longer)] + longer
    ents += [g for g in groups if post_nominal(doc, g.start, rules) is None]
    ents += coordinated_names(doc, ents, rules)
    ents += alias_mentions(doc, matches, {i for m in ents for i in range(m.start, m.end)}, rules)
    ents += repeated_mentions(doc, ents, rules)
    ents += titled_names(doc, {i for m in ents for i in range(m.start, m.end)}, rules)
    taken = {i for m in ents for i in range(m.start, m.end)}
    found = ents + collective_mentions(doc, rules, taken)
    found.sort(key=lambda m: m.start)
    return found
