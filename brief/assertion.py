"""Is a cue word its speaker's own assertion, or only something denied, reported or supposed?

Pure predicates over tokens, used by the verb and noun statement finders:
- `denied_or_hearsay`: "He denied a report that he *planned* to make an *appeal*": the
  plan and the appeal belong to the denied report, not to him;
- `hypothetical`: "if ministers *refuse*", "whichever way the court *rules*": a supposed
  act, that nobody has performed ("when they *vote*": a habit, no more);
- `attempt`: "officials *sought* to play down the remark" is the writer's account of an
  effort, neither a stance nor a demand ("it will *seek* to push through ..." still less);
- `prepositional_relative`: "the relative with whom he *planned* to stay" describes the relative;
- `gapped_relative`: "the people they *say* they are helping": the clause lacks what it is about;
- `question`: "Who do they *think* will do these jobs?" asks, it does not state; nor does
  an indirect question ("decide who they *vote* for");
- `predicted`: "Mr Brown will undoubtedly *claim* ...": the writer's forecast of a statement;
- `stray_gerund`: "accused them of telling lies and then *attacking* the lies": the charge;
- `expletive_it`: "make it impossible to *dismiss* the feud": nobody dismisses anything;
- `passive_participle`: "*Asked* if ..., Mr X said": X was asked, he did not ask;
- `own_frame`: "*Explaining* his decision, Mr X said: ...": the topic of the statement that follows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: Dependencies by which a clause or phrase is the content of the verb or noun above it.
_VERB_CONTENT = {"ccomp", "dobj", "xcomp", "obj"}
_NOUN_CONTENT = {"acl", "ccomp", "appos"}
#: Words that may open a participle clause at the start of a sentence ("When asked ...").
_OPENERS = {"when", "if", "once", "after", "before", "while"}
_WH_EVER = {"whichever", "whatever", "whoever", "whenever"}  # not "however": mostly "but"
#: How many heads up a cue may sit below the denying verb or hearsay noun.
_MAX_UP = 8


def denied_or_hearsay(tok: "Token", rules: Rules) -> bool:
    """True when `tok` lies inside what a denial verb denies, a hearsay noun reports or an
    accusation charges someone with."""
    child = tok
    for _ in range(_MAX_UP):
        head = child.head
        if head.i == child.i:
            return False
        lemma = head.lemma_.lower()
        if head.pos_ in {"VERB", "AUX"} and rules.verbs.get(lemma) == "denial" and child.dep_ in _VERB_CONTENT:
            return True
        if head.pos_ == "VERB" and lemma in rules.accusation_verbs and child.dep_ == "prep" \
                and child.lower_ in {"of", "for"}:
            return True  # "accused ministers of telling lies and then attacking the lies": the charge
        if head.pos_ == "NOUN" and lemma in rules.hearsay_nouns and child.dep_ in _NOUN_CONTENT \
                and any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children):
            return True  # "a report that he planned ...", but not "a report calling for ...": that one speaks
        child = head
    return False


def hypothetical(v: "Token", rules: Rules) -> bool:
    """True when the cue verb `v` heads a supposed act: "if X refuses", "whichever way X rules",
    "(harder) for the US to block the plans"."""
    kids = list(v.children)
    subj = next((c for c in kids if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and any(d.dep_ == "det" and d.lower_ in {"any", "every"} for d in subj.children) \
            and any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in kids):
        return True  # "Any judge in this country would agree": nobody in particular said it
    if v.dep_ == "advcl" and v.head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return True  # "a charity founded by X to encourage ...": a purpose, not a call
    for c in kids:
        if c.i > v.i:
            continue
        if c.dep_ == "mark" and (c.lower_ in rules.conditional_marks or c.lower_ == "for"):
            return True
        if c.dep_ in {"mark", "advmod"} and c.lower_ in rules.habit_marks and v.tag_ in {"VBP", "VBZ"}:
            return True  # "voters give codes when they vote": what happens each time, not an act
        if c.lower_ in _WH_EVER or any(g.lower_ in _WH_EVER and g.i < c.i for g in c.children):
            return True
    return False


def attempt(v: "Token", rules: Rules) -> bool:
    """True for "sought to play down", "tried to win": the writer narrates an effort; nobody
    states or asks anything (readers judged these "not a statement" in every review round)."""
    return v.lemma_.lower() in rules.attempt_verbs and any(c.dep_ == "xcomp" for c in v.children)


def gapped_relative(v: "Token") -> bool:
    """True for a cue heading a relative clause without a relative word ("the fools they think we
    are"): its content has a gap that only the noun outside fills. "a bill which critics claim
    would ..." keeps its "which" and stays a statement."""
    if v.dep_ != "relcl" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children):
        return False
    # the relative word stands before the verb: one after it opens a clause of its own ("a message
    # they are aiming at backbenchers who are irritated")
    return not any((t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ == "that") and t.i < v.i for t in v.subtree)


def standing_purpose(v: "Token", rules: Rules) -> bool:
    """True for a present-tense purpose verb in a "which" clause about a body ("Operation Black Vote,
    which aims to increase participation", "a group which campaigns for ..."): the writer describes
    what the body is for; nobody states anything ("Labour, which denies ...", "..., which said on
    Monday" stay statements)."""
    return v.dep_ == "relcl" and v.tag_ in {"VBZ", "VBP"} and v.lemma_.lower() in rules.purpose_verbs and any(
        c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in v.children)


def prepositional_relative(v: "Token") -> bool:
    """True for a cue heading a relative clause opened by a preposition ("the relative with whom
    he *planned* to stay"): it describes the noun. A stranded preposition ("which the law lords
    have *ruled* against") keeps the statement."""
    return v.dep_ == "relcl" and any(t.tag_ in {"WP", "WDT"} and t.dep_ == "pobj" and t.head.i < t.i < v.i
                                     for t in v.subtree)


def question(v: "Token", in_quote: set[int]) -> bool:
    """True when the cue's sentence, outside any quotation, is a question, or the cue heads an
    indirect one ("decide who they vote for", "would not say what he thought")."""
    if v.dep_ in {"ccomp", "pcomp", "csubj", "dobj"} and any(
            t.tag_ in {"WP", "WDT", "WRB", "WP$"} and t.i < v.i for t in v.subtree):
        return True
    if any(c.dep_ == "neg" for c in v.children) and any(
            c.dep_ == "ccomp" and c.left_edge.tag_ in {"WP", "WDT", "WRB", "WP$"} for c in v.children):
        return True  # "officials have not said why the team was refused": they said nothing
    for t in reversed(v.sent):
        if t.is_space or t.is_quote:
            continue
        return t.text == "?" and t.i not in in_quote
    return False


def predicted(v: "Token", rules: Rules) -> bool:
    """True for a modal cue hedged by the writer: "will undoubtedly claim", "would probably argue"."""
    kids = list(v.children)
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids) and \
        any(c.dep_ == "advmod" and c.lower_ in rules.prediction_adverbs for c in kids)


def forecast(v: "Token", rules: Rules, in_quote: set[int]) -> bool:
    """True for the writer's guess about a stakeholder, outside quotes: "the Lib Dems will hope
    to ...", "Up to 30 MPs could oppose the scheme" (a main clause, not "could not say", not what
    someone said they could do), "Mr Brown allegedly said"."""
    if v.i in in_quote:
        return False
    # the verbs whose complement holds `v`: what alleged words say is alleged ("allegedly said he could
    # no longer believe ..."), not a clause joined to them ("X allegedly broke the rules, but Y insisted")
    carriers = [v]  # also a participle of the hedged verb ("allegedly threatened staff, saying ...")
    while carriers[-1].head.i != carriers[-1].i and (carriers[-1].dep_ in {"ccomp", "xcomp"} or (
            carriers[-1].dep_ == "advcl" and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                                                for c in carriers[-1].children))):
        carriers.append(carriers[-1].head)
    if any(c.dep_ == "advmod" and c.lower_ in rules.hearsay_adverbs for t in carriers for c in t.children):
        return True
    for t in carriers[: 1 + (v.dep_ == "xcomp")]:  # "will hope to launch ...": the hope's infinitive too
        modals = {c.lower_ for c in t.children if c.dep_ == "aux" and c.tag_ == "MD"}
        if "will" in modals and t.lemma_.lower() in rules.forecast_verbs:
            return True
    kids = list(v.children)
    modals = {c.lower_ for c in kids if c.dep_ == "aux" and c.tag_ == "MD"}
    # not "could not say", "could only promise that ..."
    return v.dep_ == "ROOT" and bool(modals & rules.speculative_modals) and not any(
        c.dep_ == "neg" or c.lower_ == "only" for c in kids)


def noun_modifier(v: "Token") -> bool:
    """True for a subjectless "-ing" clause glued to the noun before it ("an international scheme
    aiming to boost vaccination"): it describes the noun; "..., urging ministers to act" (after a
    comma) is the subject's own act."""
    return v.tag_ == "VBG" and v.dep_ == "advcl" and v.i > 0 and not v.nbor(-1).is_punct \
        and v.nbor(-1).pos_ in {"NOUN", "PROPN"} and v.nbor(-1).i > v.head.i \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)


def passive_participle(v: "Token") -> bool:
    """True for a subjectless past participle clause ("Asked about X, she said"): its understood
    subject is the one the act was done to."""
    # The tagger often calls a sentence-opening "Asked" ("When asked") a past tense: there it is the participle.
    opening = all(t.lower_ in _OPENERS for t in v.sent[: v.i - v.sent.start])
    return (v.tag_ == "VBN" or (v.tag_ == "VBD" and opening)) and v.dep_ in {"advcl", "acl"} and \
        not any(c.dep_ in {"nsubj", "nsubjpass", "agent", "aux"} for c in v.children)


def expletive_it(v: "Token", subj: "Token") -> bool:
    """True for "make it impossible to *dismiss* ...", "it is hard to *say*": the cue is an
    infinitive under an adjective whose subject is a dummy "it", so the cue has no speaker."""
    return subj.lower_ == "it" and v.head.pos_ == "ADJ" and v.dep_ in {"advcl", "xcomp", "ccomp"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def stray_gerund(v: "Token") -> bool:
    """True for "accused ministers of telling lies and then *attacking* the lies" parsed as
    "accused ... and attacking": a gerund cannot be conjoined with a finite verb, so it belongs
    to an earlier gerund, inside someone else's words or charge."""
    return v.tag_ == "VBG" and v.dep_ == "conj" and v.head.tag_ in {"VBD", "VBZ", "VBP"}


def own_frame(v: "Token", rules: Rules) -> bool:
    """True for an opening "-ing" clause about the speaker's own thing before a speech verb
    ("*Explaining* his reason for quitting, Mr X said: ..."): it names what the main verb's
    statement is about and states nothing itself."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or v.i > v.head.i or v.head.pos_ != "VERB" \
            or v.lemma_.lower() not in rules.frame_verbs:
        return False  # "Announcing his resignation, X said ...": the announcement is a statement
    objects = [c for c in v.children if c.dep_ == "dobj"]
    return bool(objects) and not any(c.dep_ in {"ccomp", "xcomp", "nsubj"} for c in v.children) \
        and all(any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in o.children) for o in objects)
