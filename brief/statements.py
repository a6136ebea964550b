"""Find statements (positions and demands) from cue verbs, nominal cues and "according to".

Pure functions over a parsed Doc plus the actors and a `Resolver`. Each statement's
content is a verbatim span (`brief.content`: the complement clause or object);
`speaker` is the actor the subject stands for (active or passive); a demand's `target` is the party it
names ("urge the government to ...", "call on ministers to ...", and for a nominal
demand, whoever refuses or receives it); `deadline` is a date after by/before/until.
Quotations are handled by `brief.attribution`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from brief.assertion import (attempt, denied_or_hearsay, expletive_it, forecast, gapped_relative, hypothetical,
                             noun_modifier, own_frame, passive_participle, predicted, prepositional_relative,
                             question, standing_purpose, stray_gerund)
from brief.content import stranded_speaker, verb_content
from brief.coref import Resolver
from brief.found import (SUBJECT_DEPS, Dates, Found, clip_to_brackets, cue_span, only_reference, span_of,
                         subject_of, verb_type)
from brief.reporting import main_clause, reporter, unknown_report
from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from brief.actorset import Actor

def _negated(v: "Token") -> bool:
    """ "did not urge", and "Neither the Speaker nor I urged", "Nobody has called for"."""
    if any(c.dep_ == "neg" for c in v.children):
        return True
    subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and (subj.lower_ in {"nobody", "none", "noone"} or any(
        c.lower_ in {"neither", "no"} and c.dep_ in {"preconj", "det", "cc"} for c in subj.children))


def _asked_of(v: "Token", rules: Rules) -> bool:
    """ "He wanted Britain to offer refuge", "urged ministers to promise ...": what a demand asks of
    its target is the asker's content, not the target's own statement."""
    if v.dep_ not in {"ccomp", "xcomp"} or v.head.pos_ not in {"VERB", "AUX"} or v.head.i >= v.i:
        return False  # a complement follows its verb: "X want ...; Y want" is the parser's run-on
    target = any(c.dep_ == "nsubj" for c in v.children) or any(c.dep_ == "dobj" for c in v.head.children)
    return target and verb_type(v.head, rules) in rules.demand_types


def _own_intent(v: "Token", rules: Rules) -> bool:
    """ "X wants to cut taxes": a desire verb whose to-infinitive has no subject of its own
    and does not ask others to act ("wants to see ...", "wants ministers to ...") or to give
    what is theirs ("wants to use Anthropic's model") or to be given something ("wants to be given powers")."""
    if v.lemma_.lower() not in rules.desire_verbs:
        return False
    comps = [c for c in v.children if c.dep_ in {"xcomp", "ccomp", "dobj"}]
    return len(comps) == 1 and comps[0].dep_ == "xcomp" and comps[0].pos_ in {"VERB", "AUX"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in comps[0].children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in comps[0].children) \
        and comps[0].lemma_.lower() not in rules.asking_complements \
        and not any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.ent_type_ for p in c.children)
                    for c in comps[0].children)  # "wants to use Anthropic's model": asks its owner


def _embedded_in_other_verb(v: "Token", rules: Rules) -> bool:
    """ "failed to predict", "refused to support": a cue verb under another verb's control is
    that verb's content, except after aspectual verbs ("went on to say", "decided to back")."""
    if v.dep_ != "xcomp" or v.head.i == v.i:
        return False
    return v.head.lemma_.lower() not in rules.xcomp_heads_keep


def _as_clause(v: "Token") -> bool:
    """ "As the Conservatives claim, he plans to raise tax": the clause is the claimants' content.

    Only when the "as" clause says nothing itself: in "... as the police said they would
    help", "as" means "because" and the police's content is their own."""
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children) \
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "attr"} for c in v.children)


def _target(v: "Token", res: Resolver, kind: str, rules: Rules) -> int | None:
    if kind not in rules.demand_types:
        return None
    for c in v.children:
        cands = []
        if c.dep_ in {"dobj", "dative"}:
            cands.append(c)
        elif c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}:
            cands.extend(o for o in c.children if o.dep_ == "pobj")
        elif c.dep_ == "ccomp":
            cands.extend(o for o in c.children if o.dep_ == "nsubj")
        for t in cands:
            actor, _, _ = res.actor_for(t)
            if actor is not None:
                return actor.id
    return None


def _stance_participle(v: "Token", rules: Rules) -> str | None:
    """The stance of a passive-looking participle with no agent ('are united against', 'is opposed to')."""
    if v.pos_ != "VERB" or v.lower_ not in rules.adjectives:
        return None
    kids = {c.dep_ for c in v.children}
    return rules.adjectives[v.lower_] if "nsubjpass" in kids and "agent" not in kids else None


def _inverted_speaker(v: "Token") -> tuple["Token", bool] | None:
    """ "Nurses could strike, warn union leaders": after a fronted clause and a comma the
    speaker follows the verb (the parser takes it for an object) and ends the sentence."""
    if v.i == 0 or v.nbor(-1).text != "," or any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
        return None
    if v.tag_ in {"VBG", "VBN"}:
        return None  # "..., urging ministers to think again": a participle, its object is no speaker
    if v.i - v.sent.start < 3 or any(t.i > v.i and not t.is_punct and t not in set(v.subtree) for t in v.sent):
        return None
    speaker = next((c for c in v.children if c.dep_ in {"dobj", "attr", "npadvmod", "nsubj"} and c.i > v.i), None)
    return (speaker, False) if speaker is not None else None


#: How far back (tokens) a reporting "he"/"she" continues the last person who spoke.
SPEAKER_REACH = 80
_ADDRESS_VERBS = {"tell", "urge", "ask", "order", "press", "warn"}


def _aimed_at_actor(v: "Token", res: Resolver) -> bool:
    """ "tried to force Acme into compliance": the attempted act has a known actor for object."""
    return any(o.dep_ == "dobj" and res.actor_for(o)[0] is not None
               for x in v.children if x.dep_ == "xcomp" for o in x.children)


def _reporting_subject(tok: "Token", rules: Rules) -> bool:
    """ "..., Mr Blair told the Guardian": the name is the frame of a report, not inside it."""
    return tok.dep_ in SUBJECT_DEPS and verb_type(tok.head, rules) is not None


def _addressee_headline(v: "Token") -> bool:
    """ "Blair told to double aid": a headline's reduced passive, whose subject is the addressee."""
    if v.lemma_.lower() not in _ADDRESS_VERBS or v.tag_ not in {"VBN", "VBD"}:
        return False
    kids = {c.dep_ for c in v.children}
    return "xcomp" in kids and not kids & {"dobj", "dative", "ccomp", "aux", "auxpass"}


def verb_statements(doc: "Doc", res: Resolver, rules: Rules, dates: Dates | None = None,
                    unresolved: list[int] | None = None) -> list[Found]:
    """Statements cued by a verb or a predicative adjective ("is committed to").

    The character offsets of reporting verbs whose speaker is nobody known ("one dealer said")
    are appended to `unresolved`, so that no quote beside them is given to someone else."""
    dates = dates or Dates(doc, rules)
    out = []
    last_speaker: tuple[int, int] | None = None  # (token index, actor id) of the last person who spoke
    renamed: dict[int, "Actor"] = {}  # pronoun token -> the person it was found to stand for
    for v in doc:
        if v.pos_ in {"VERB", "AUX"} or _as_clause(v):  # the tagger calls "claims" in "As X claims," a noun
            kind = verb_type(v, rules)
            anchor = v
        elif v.pos_ == "ADJ" and v.lemma_.lower() in rules.adjectives and v.dep_ in {"acomp", "ROOT", "ccomp"}:
            kind = rules.adjectives[v.lemma_.lower()]
            anchor = v.head if v.dep_ == "acomp" else v
        else:
            continue
        stance = _stance_participle(v, rules)
        if stance is not None:
            kind = stance  # "unions are united against the plans": the patient holds the stance
        if kind is None or _embedded_in_other_verb(v, rules) or _asked_of(v, rules):
            continue
        if anchor is not v and (hypothetical(anchor, rules) or question(anchor, res.in_quote)):
            continue  # "asked people if they would be happy to ...": the adjective's verb is supposed
        if denied_or_hearsay(v, rules) or hypothetical(v, rules) or gapped_relative(v) \
                or question(v, res.in_quote) or predicted(v, rules) or forecast(v, rules, res.in_quote) \
                or passive_participle(v) or noun_modifier(v) or standing_purpose(v, rules) \
                or stray_gerund(v) or prepositional_relative(v) or (own_frame(v, rules) and verb_type(v.head, rules)) \
                or (attempt(v, rules) and not _aimed_at_actor(v, res)):
            continue
        if attempt(v, rules):
            if (v.dep_ == "conj" and reporter(v.head, rules) is not None) or reporter(v, rules) is not None:
                continue  # "X said the government was trying to rush it through": X's charge, not an act
            kind = "action"  # "tried to force Acme into compliance": an act in the dispute
        if v.lemma_.lower() in rules.needs_object and not any(
                c.dep_ in {"xcomp", "dobj", "ccomp", "auxpass", "nsubjpass", "agent"} for c in v.children):
            continue  # "sales were declining" refuses nothing; "Straw attacked on arms" (a headline) attacks nobody
        if v.lemma_.lower() in rules.needs_to and not any(
                c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "prep" and c.lower_ == "to"
                or c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in v.children):
            continue  # "help her commit suicide", "were committing an offence": a deed, no pledge
        if v.lemma_.lower() in rules.needs_infinitive and not any(c.dep_ in {"xcomp", "ccomp"} for c in v.children):
            continue  # "officials will plan a new forum" organise it; "plans to axe jobs" commits to it
        if v.lemma_.lower() in rules.no_infinitive and not any(c.dep_ == "ccomp" for c in v.children) \
                and any(c.dep_ == "xcomp" for c in v.children):
            continue  # "he went on to complete a PhD"
        subj, _passive = subject_of(anchor)
        stranded = stranded_speaker(v, rules)
        if stranded is not None:
            subj, _passive = stranded[1], False  # "... and the Liberal Democrats claim ...", misparsed
        inverted = _inverted_speaker(v)
        if stance is not None:
            subj, _passive = next(c for c in v.children if c.dep_ == "nsubjpass"), False
        elif inverted is not None:
            subj, _passive = inverted
        if subj is None:
            continue
        if _addressee_headline(v) or expletive_it(v, subj):
            continue
        actor, s0, s1 = res.actor_for(subj)
        if subj.i in renamed:
            actor = renamed[subj.i]
        if subj.lower_ in {"he", "she"} and last_speaker is not None and subj.i - last_speaker[0] <= SPEAKER_REACH \
                and last_speaker[1] in res.actors.actors and subj.i not in res.in_quote \
                and res.agrees(res.actors.actors[last_speaker[1]], subj.lower_) \
                and doc[last_speaker[0]].lower_ not in {"he", "she"} - {subj.lower_} \
                and not res.someone_new(last_speaker[0], subj.i, last_speaker[1]):
            # "Kennedy said Harry was ... He added ...": a reporting "he" continues the last speaker,
            # but not one the text has just called "she".
            actor = res.actors.actors[last_speaker[1]]
            s0, s1 = subj.idx, subj.idx + len(subj.text)
        outer = reporter(v, rules)
        if subj.i not in res.in_quote and unknown_report(v, res, rules):
            continue  # "The new book claims ... the prime minister told ...": an unknown source's report
        if outer is not None and subj.pos_ == "PRON" and subj.i not in res.in_quote:
            # "X said he would not launch an inquiry": "he" is X; if X is nobody known, nor is "he".
            o_actor, _, _ = res.actor_for(outer)
            if o_actor is None:
                continue
            if o_actor.is_person and subj.lower_ in {"they", "them"}:
                continue  # "He said he and X ... added that they felt": the outer statement says it
            if o_actor.is_person == (subj.lower_ in {"he", "she"}):
                actor = o_actor
        if actor is None:
            if unresolved is not None and subj.i not in res.in_quote and v.i not in res.in_quote \
                    and not res.stands_for_someone(subj):
                unresolved.append(v.idx)
            continue
        if (actor.is_person or subj.lemma_.lower() in rules.spokesperson) and subj.i not in res.in_quote \
                and subj.lower_ not in {"they", "them", "it"} and main_clause(v):
            last_speaker = (subj.i, actor.id)  # a named person or "a spokeswoman for X"
        skip = {c.i for c in v.children if c.dep_ == "agent"}
        if inverted is not None:
            text = span_of([t for t in v.sent if t.i < v.i])
        elif _as_clause(v):
            own = set(t.i for t in v.subtree)
            text = span_of([t for t in v.head.subtree if t.i not in own])
        else:
            text = verb_content(v, skip, rules)
            if text is not None and v.lemma_.lower() in rules.clausal_only and \
                    not any(c.dep_ in {"ccomp", "xcomp"} and c.i not in skip for c in v.children):
                text = None  # "say her name", "declaring an advance": no clause, no statement
        patient = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if _passive and patient is not None:
            if patient.pos_ in {"PRON", "DET"} and len(list(patient.subtree)) == 1:
                continue  # "These have been criticised by campaigners": what was criticised is elsewhere
            if any(t.tag_ in {"WP$", "WDT", "WP"} for t in patient.subtree):
                continue  # "Mr Smith, whose retirement was announced by X": the writer's narration
            text = span_of(list(patient.subtree))  # "The plan was rejected by the union"
        if text is not None and v.dep_ == "relcl" and any(
                t.tag_ in {"WDT", "WP"} and not (t.dep_ == "nsubj" and t.head.i == v.i) for t in v.subtree):
            # "the £35bn savings, which Mr Howard has pledged to plough back": the clause is about
            # the noun it hangs on, so the text starts there.
            text = (v.head.left_edge.idx, text[1])
        if text is not None and only_reference(doc, text, rules):
            continue  # "he supported them now": what he supports is named elsewhere, not here
        bare = text is None
        if bare:
            if kind not in {"claim", "warning"}:
                continue
            text = cue_span(v)
        text = clip_to_brackets(v, text)
        if subj.lower_ in {"he", "she"} and actor.is_person and any(
                text[0] <= doc[m.start].idx < text[1] and not _reporting_subject(doc[m.end - 1], rules)
                for m in actor.mentions):
            # "Mr Blair has the same passion ..., he said", "He said Mr Blair had spoken with
            # sincerity": nobody names himself in his own words, so "he" is someone else.
            toks = [t.i for t in v.sent if text[0] <= t.idx < text[1]]
            other = res.person_outside(subj, range(toks[0], toks[-1] + 1)) if toks else None
            if other is None:
                continue
            actor = renamed[subj.i] = other  # and so for this "he"'s other verbs ("..., adding: ...")
            last_speaker = (subj.i, other.id)
        sent = v.sent
        negated = _negated(v) or _negated(anchor)
        if negated and kind in rules.demand_types and v.lemma_.lower() in rules.desire_verbs:
            kind, negated = "opposition", False  # "does not want higher tax rates": against them, asking nothing
        elif negated and kind in rules.demand_types:
            kind = "refusal"  # "will not force councils to sell": it refuses to, and demands nothing
        elif kind in rules.demand_types and _own_intent(v, rules):
            kind = "commitment"  # "the government wants to tackle ageism": its own aim, asking nobody
        found = Found(kind, cue_span(v), text, actor.id, (s0, s1), (sent.start_char, sent.end_char),
                      negated=negated, head=v.i, bare=bare)
        found.target_actor = _target(v, res, kind, rules)
        found.deadline = dates.deadline((min(text[0], found.cue[0]), text[1]))
        out.append(found)
        # "The Conservatives and Liberal Democrats say ...": each conjunct holds the statement.
        for other in subj.conjuncts if stranded is None else ():  # a stranded name's "conjuncts" are the object's
            if actor.is_person and other.tag_ == "NN" and any(c.lower_ in {"a", "an"} for c in other.children) \
                    and other.lemma_.lower() not in rules.spokesperson | rules.titles \
                    and not any(c.dep_ == "prep" and c.lower_ != "on" for c in other.children):
                continue  # "backed by David Kahn - a historian, and a leading expert": him again
            o_actor, o0, o1 = res.actor_for(other)
            if o_actor is not None and o_actor.id != actor.id:
                out.append(replace(found, speaker_actor=o_actor.id, speaker=(o0, o1)))
    return out
