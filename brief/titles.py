"""Role titles written before a name ("Shadow Home Secretary David Davis", "Anthropic's CEO
Dario Amodei"): where the run of title words starts, what it is possessed by, and which
institution a title speaks for.

Pure functions over the parse; `find_institution` may add the institution to the actors.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from brief.actorset import GOVERNMENT, Actor, ActorSet, government_actor
from brief.mentions import LIST_MARKS, PORTFOLIO_JOINERS, Mention, portfolio_opening
from brief.rules import Rules, norm_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

_RUN_POS = {"PROPN", "NOUN", "ADJ"}


def title_possessor(doc: "Doc", start: int, end: int) -> int | None:
    """The token owning a title run by possessive: "France's [interior and overseas minister]"."""
    if start >= 2 and doc[start - 1].tag_ == "POS":
        return start - 2
    for i in range(start, end):
        tok = doc[i]
        for t in (tok, tok.head if tok.dep_ == "conj" else tok):
            poss = next((c for c in t.children if c.dep_ == "poss" and c.i < start), None)
            if poss is not None:
                return poss.i
    return None


def title_run(doc: "Doc", m: Mention, rules: Rules) -> tuple[int, int]:
    """Token range of the title words directly before a person's name."""
    end = title_end = m.start
    if m.honorific and end > 0 and doc[end - 1].text == m.honorific:
        end -= 1  # "President Bush": the honorific is the title, and words before it qualify it
    start = end
    while start > 0:
        tok = doc[start - 1]
        hyphen = tok.text == "-" and not tok.whitespace_ and start >= 2 and not doc[start - 2].whitespace_
        if _portfolio_joiner(doc, start - 1, rules):
            start -= 1  # "spokeswoman for women", "Secretary of State for the Family": one title
            continue
        if tok.lower_ in {"for", "of"} and tok.pos_ == "ADP" and start >= 2 and (doc[start - 2].ent_type_ == "ORG" or (
                doc[start - 2].is_title and doc[start - 2].lemma_.lower() in rules.org_heads)) \
                and any(t.lower_ in rules.titles for t in doc[start:end]):
            start -= 1  # "Commission for racial equality chief": the body's name the model cut at "for"
            continue
        if tok.lower_ == "and" and start >= 2 and _joined_title(doc, start - 2, doc[start:title_end].text, rules):
            start -= 1  # "Labour MP and party chairman", "Lib Dem frontbencher and health spokesman": one run
            continue
        if tok.text in LIST_MARKS and not any(t.lower_ in rules.titles for t in doc[start:end]) \
                and portfolio_opening(doc, start, rules) is not None:
            start -= 1  # "Minister for Children, Young People and Families": one portfolio
            continue
        # "shadow" is often tagged a verb ("shadow home secretary"): a title word is a title word
        listed = tok.lower_ in rules.titles or tok.lower_ in rules.shadow_prefixes
        if not hyphen and ((tok.pos_ not in _RUN_POS and not listed) or tok.is_sent_end or "\n" in tok.whitespace_
                           or tok.is_punct):
            break  # a hyphen inside a word ("ex-minister") stays in the title
        if tok.i == tok.sent.start and tok.lower_ not in rules.titles and not (tok.is_title or tok.is_upper):
            break  # a sentence's first word is capitalised anyway; an acronym ("NAO head") is a name
        start -= 1
    # Before an honorific title, only a body's name qualifies it ("National Farmers Association
    # president X"); a nation's ("UK Chancellor X") leaves the title the government's, as before.
    last = title_end if any(t.ent_type_ == "ORG" for t in doc[start:end]) or (
        doc[title_end - 1].is_lower and _known_body(doc, start, end, rules)) else end
    while start < end and not title_word(doc, start, rules) and not _has_title_after(doc, start, last, rules):
        start += 1
    return start, end


def _joined_title(doc: "Doc", seat: int, after: str, rules: Rules) -> bool:
    """True when the seat title at `seat`, "and", and the title `after` it are one person's: not "A Labour
    MP and Chancellor X" (a determiner makes the MP someone else), nor a government office after "and"."""
    tok = doc[seat]
    if tok.lower_ not in rules.seat_titles and not tok.lower_.endswith("bencher"):
        return False
    first = seat
    while first > tok.sent.start and doc[first - 1].pos_ in _RUN_POS:
        first -= 1
    office = institution(after, rules)
    return not (first > 0 and doc[first - 1].pos_ == "DET") and not (office is not None and office[1])


def _known_body(doc: "Doc", start: int, end: int, rules: Rules) -> bool:
    """True when the words hold a body's name from the alias tables ("Lib Dem president X"), which
    the model may tag as a nationality; not the government's own names ("ministers")."""
    return any(doc[i:j].text in rules.alias_names and rules.aliases.get(norm_name(doc[i:j].text)) != GOVERNMENT
               for i in range(start, end) for j in range(i + 1, min(i + 4, end + 1)))


def _portfolio_joiner(doc: "Doc", i: int, rules: Rules) -> bool:
    """ "for" in "spokeswoman for women", "the" in "Secretary of State for the Family": a word that
    joins a title to its portfolio, right after a title word (and its preposition)."""
    tok = doc[i]
    if i < 1 or tok.is_sent_start:
        return False
    if tok.lower_ in PORTFOLIO_JOINERS and tok.pos_ == "ADP":
        return doc[i - 1].lower_ in rules.titles or (i >= 3 and doc[i - 2].lower_ in PORTFOLIO_JOINERS
                                                     and doc[i - 3].lower_ in rules.titles)
    return tok.lower_ == "the" and i >= 2 and doc[i - 1].lower_ in PORTFOLIO_JOINERS \
        and _portfolio_joiner(doc, i - 1, rules)


def _has_title_after(doc: "Doc", start: int, end: int, rules: Rules) -> bool:
    return any(title_word(doc, i, rules) for i in range(start, end))


def title_word(doc: "Doc", i: int, rules: Rules) -> bool:
    """True for a title word, or the last piece of one the tokenizer split at its hyphen
    ("co-ordinator": "co", "-", "ordinator")."""
    if doc[i].lower_ in rules.titles:
        return True
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    return doc[i - 2].lower_ + doc[i].lower_ in rules.titles


def institution(role: str, rules: Rules) -> tuple[str, bool] | None:
    """The institution a role title speaks for, and whether it is a government office: matched
    at the title's end, or before its portfolio ("Secretary of State for Health")."""
    words = role.lower().replace("-", " ").replace(",", " ").split()
    if any(w in rules.shadow_prefixes for w in words):
        return None  # a shadow, former or ex- minister does not speak for the government
    cuts = [len(words)] + [i for i in range(len(words) - 1, 0, -1) if words[i] in PORTFOLIO_JOINERS]
    for cut in cuts:
        for n in range(cut, 0, -1):
            spec = rules.institutions.get(" ".join(words[cut - n : cut]))
            if spec:
                return spec.institution, spec.government
    return None


def find_institution(actors: ActorSet, name: str, government: bool) -> Actor:
    if name == GOVERNMENT:
        return government_actor(actors)
    key = norm_name(name)
    for a in actors.actors.values():
        if a.canonical and norm_name(a.canonical) == key or any(norm_name(n) == key for n in a.names()):
            return a
    if government:
        return government_actor(actors)
    created = actors.new(key, "ORG", [])
    created.canonical = name
    return created


def unknown_body(doc: "Doc", start: int, end: int, rules: Rules) -> bool:
    """ "Association of Chief Police Officers president Chris Fox": capitalised words before the
    title that are no place, nation or known title name a body the model missed, so the bare
    title ("president") does not make the person speak for the government."""
    words = [t for t in doc[start:end]]
    if words and words[0].lower_ in rules.titles and any(t.lower_ in PORTFOLIO_JOINERS for t in words[1:]):
        return False  # "Secretary of State for Health": the words after the title are its portfolio
    if words and words[-1].lower_ in rules.ministerial_titles \
            and not any(t.lower_ in rules.subnational_words for t in words):
        return False  # "Constitutional Affairs Minister": a portfolio; no body has ministers ("Welsh ..." aside)
    titled = 0
    for n in range(len(words), 0, -1):
        if " ".join(t.lower_ for t in words[-n:]) in rules.institutions:
            titled = n
            break
    prefix = words[: len(words) - titled]
    if any(t.ent_type_ in {"GPE", "NORP"} for t in prefix):
        return False  # "Welsh First Minister": a nation's title
    unknown = [t for t in prefix if (t.is_title or t.is_upper) and t.is_alpha and t.lower_ not in rules.titles
               and t.lower_ not in rules.shadow_prefixes]
    return len(unknown) >= 2
