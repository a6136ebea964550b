"""Rules as data: cue words, actor nouns, role titles and aliases, loaded and validated here.

Every rule table lives in a JSON file beside this module; `load_rules()` reads them
once, checks them, and returns an immutable `Rules` (frozensets and read-only
mappings) so no caller can change a loaded rule. Users may extend the alias table
with the file named by the `BRIEF_ALIASES` environment variable.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping


class RulesError(ValueError):
    """A rules file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class RoleInstitution:
    institution: str
    government: bool


@dataclass(frozen=True)
class Rules:
    types: frozenset[str]
    demand_types: frozenset[str]
    verbs: Mapping[str, str]
    phrasal: Mapping[str, str]
    onward_phrasals: frozenset[str]
    verb_objects: Mapping[str, str]
    naming_verbs: Mapping[str, str]
    forecast_verbs: frozenset[str]
    purpose_verbs: frozenset[str]
    speculative_modals: frozenset[str]
    hearsay_adverbs: frozenset[str]
    nouns: Mapping[str, str]
    adjectives: Mapping[str, str]
    deadline_preps: frozenset[str]
    time_preps: frozenset[str]
    pointer_words: frozenset[str]
    pointer_nouns: frozenset[str]
    compliance_words: frozenset[str]
    xcomp_heads_keep: frozenset[str]
    clausal_only: frozenset[str]
    collective: frozenset[str]
    collective_needs_plural_or_definite: frozenset[str]
    government_heads: frozenset[str]
    department_heads: frozenset[str]
    government_collective: frozenset[str]
    honorifics: frozenset[str]
    spokesperson: frozenset[str]
    org_heads: frozenset[str]
    org_role_nouns: frozenset[str]
    org_classifiers: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    titles: frozenset[str]
    institutions: Mapping[str, RoleInstitution]
    shadow_prefixes: frozenset[str]
    seat_titles: frozenset[str]
    office_titles: frozenset[str]
    commons_titles: frozenset[str]
    post_nominals: frozenset[str]
    peerage_titles: frozenset[str]
    former_prefixes: frozenset[str]
    head_titles: frozenset[str]
    head_seats: Mapping[str, str]
    expert_titles: frozenset[str]
    ministerial_titles: frozenset[str]
    journalist_titles: frozenset[str]
    editor_ranks: frozenset[str]
    authored_works: frozenset[str]
    hearsay_nouns: frozenset[str]
    hearsay_passives: frozenset[str]
    conditional_marks: frozenset[str]
    habit_marks: frozenset[str]
    asking_verbs: frozenset[str]
    perception_verbs: frozenset[str]
    frame_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    prediction_adverbs: frozenset[str]
    needs_object: frozenset[str]
    no_infinitive: frozenset[str]
    needs_infinitive: frozenset[str]
    needs_to: frozenset[str]
    accusation_verbs: frozenset[str]
    desire_verbs: frozenset[str]
    aside_nouns: frozenset[str]
    anonymous_sources: frozenset[str]
    asking_complements: frozenset[str]
    addressee_verbs: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    law_heads: frozenset[str]
    subnational_words: frozenset[str]
    independent_words: frozenset[str]
    chambers: frozenset[str]
    first_name_honorifics: frozenset[str]
    relation_nouns: frozenset[str]
    left_post_verbs: frozenset[str]
    part_of_groups: frozenset[str]
    anaphoric_heads: frozenset[str]
    within_preps: frozenset[str]
    constituency_titles: frozenset[str]
    org_kinds: Mapping[str, str]  # name word -> kind
    anaphor_kinds: Mapping[str, str]  # anaphoric head noun -> kind
    aliases: Mapping[str, str]  # normalised alias -> canonical name
    alias_names: frozenset[str]  # every name in the alias tables, as written
    canonical_names: frozenset[str]


def norm_name(name: str) -> str:
    """Normalise a name for matching: case, whitespace, a leading 'the', a trailing possessive."""
    s = " ".join(name.replace("\u2019", "'").lower().split())
    s = s.removeprefix("the ")
    for suffix in (" 's", "'s", "'"):
        if s.endswith(suffix):
            s = s[: -len(suffix)].rstrip()
            break
    return s


def _read(name: str) -> dict[str, Any]:
    try:
        text = resources.files("brief.rules").joinpath(name).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, json.JSONDecodeError) as exc:
        raise RulesError(f"rules/{name}: {exc}") from exc
    if not isinstance(data, dict):
        raise RulesError(f"rules/{name}: top level must be an object")
    return data


def _words(data: dict[str, Any], key: str, file: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v == v.lower() for v in value):
        raise RulesError(f"rules/{file}: '{key}' must be a list of lowercase strings")
    return frozenset(value)


def _typed(data: dict[str, Any], key: str, file: str, types: frozenset[str]) -> Mapping[str, str]:
    table = {k: v for k, v in data.get(key, {}).items() if not k.startswith("_")}
    for cue, kind in table.items():
        if cue != cue.lower():
            raise RulesError(f"rules/{file}: {key} entry '{cue}' must be lowercase")
        if kind not in types:
            raise RulesError(f"rules/{file}: {key} entry '{cue}' has unknown type '{kind}'")
    return MappingProxyType(table)


def _kinds(actors: dict[str, Any]) -> tuple[Mapping[str, str], Mapping[str, str]]:
    kinds = actors.get("org_kinds")
    if not isinstance(kinds, dict):
        raise RulesError("rules/actors.json: 'org_kinds' must map a kind to a list of name words")
    by_word: dict[str, str] = {}
    for kind, words in kinds.items():
        for w in _words(kinds, kind, "actors.json (org_kinds)"):
            if w in by_word:
                raise RulesError(f"rules/actors.json: org_kinds word '{w}' is in both '{by_word[w]}' and '{kind}'")
            by_word[w] = kind
    anaphors = actors.get("anaphor_kinds")
    if not isinstance(anaphors, dict) or any(k != k.lower() or v not in kinds for k, v in anaphors.items()):
        raise RulesError("rules/actors.json: 'anaphor_kinds' must map lowercase nouns to a kind of org_kinds")
    return MappingProxyType(by_word), MappingProxyType(dict(anaphors))


def _alias_table(tables: list[tuple[str, dict[str, Any]]]) -> tuple[dict[str, str], set[str], set[str]]:
    out: dict[str, str] = {}
    canon: set[str] = set()
    written: set[str] = set()
    for file, data in tables:
        aliases = data.get("aliases")
        if not isinstance(aliases, dict):
            raise RulesError(f"{file}: 'aliases' must map a canonical name to a list of names")
        for canonical, names in aliases.items():
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise RulesError(f"{file}: aliases of '{canonical}' must be a list of strings")
            canon.add(canonical)
            for n in [canonical, *names]:
                out[norm_name(n)] = canonical
                written.add(n.removeprefix("the ").strip())
    return out, canon, written


def _head_seats(roles: dict[str, Any]) -> Mapping[str, str]:
    table = {k: v for k, v in roles.get("head_seats", {}).items() if not k.startswith("_")}
    heads = _words(roles, "head_titles", "roles.json")
    for seat, title in table.items():
        if seat != seat.lower() or title not in heads:
            raise RulesError(f"rules/roles.json: head_seats entry '{seat}' must be lowercase with a head title")
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Load and validate every rules file (once per process)."""
    cues, actors, roles = _read("cues.json"), _read("actors.json"), _read("roles.json")
    types = _words(cues, "types", "cues.json")
    demand_types = _words(cues, "demand_types", "cues.json")
    if not demand_types <= types:
        raise RulesError("rules/cues.json: demand_types must be listed in types")
    institutions = {}
    for role, spec in roles.get("institutions", {}).items():
        if role.startswith("_"):
            continue
        if not isinstance(spec, dict) or not isinstance(spec.get("institution"), str):
            raise RulesError(f"rules/roles.json: institution of '{role}' must be an object with 'institution'")
        institutions[role] = RoleInstitution(spec["institution"], bool(spec.get("government", False)))
    alias_files = [("rules/aliases.json", _read("aliases.json"))]
    user = os.environ.get("BRIEF_ALIASES")
    if user:
        try:
            alias_files.append((user, json.loads(Path(user).read_text(encoding="utf-8"))))
        except (OSError, json.JSONDecodeError) as exc:
            raise RulesError(f"BRIEF_ALIASES={user}: {exc}") from exc
    aliases, canonical, written = _alias_table(alias_files)
    org_kinds, anaphor_kinds = _kinds(actors)
    if not _words(roles, "office_titles", "roles.json") <= _words(roles, "seat_titles", "roles.json"):
        raise RulesError("rules/roles.json: office_titles must be listed in seat_titles")
    return Rules(
        types=types,
        demand_types=demand_types,
        verbs=_typed(cues, "verbs", "cues.json", types),
        phrasal=_typed(cues, "phrasal", "cues.json", types),
        onward_phrasals=_words(cues, "onward_phrasals", "cues.json"),
        verb_objects=_typed(cues, "verb_objects", "cues.json", types),
        naming_verbs=_typed(cues, "naming_verbs", "cues.json", types),
        forecast_verbs=_words(cues, "forecast_verbs", "cues.json"),
        purpose_verbs=_words(cues, "purpose_verbs", "cues.json"),
        speculative_modals=_words(cues, "speculative_modals", "cues.json"),
        hearsay_adverbs=_words(cues, "hearsay_adverbs", "cues.json"),
        nouns=_typed(cues, "nouns", "cues.json", types),
        adjectives=_typed(cues, "adjectives", "cues.json", types),
        deadline_preps=_words(cues, "deadline_preps", "cues.json"),
        time_preps=_words(cues, "time_preps", "cues.json"),
        pointer_words=_words(cues, "pointer_words", "cues.json"),
        pointer_nouns=_words(cues, "pointer_nouns", "cues.json"),
        compliance_words=_words(cues, "compliance_words", "cues.json"),
        xcomp_heads_keep=_words(cues, "xcomp_heads_keep", "cues.json"),
        clausal_only=_words(cues, "clausal_only", "cues.json"),
        collective=_words(actors, "collective", "actors.json"),
        collective_needs_plural_or_definite=_words(actors, "collective_needs_plural_or_definite", "actors.json"),
        government_heads=_words(actors, "government_heads", "actors.json"),
        department_heads=_words(actors, "department_heads", "actors.json"),
        government_collective=_words(actors, "government_collective", "actors.json"),
        honorifics=_words(actors, "honorifics", "actors.json"),
        spokesperson=_words(actors, "spokesperson", "actors.json"),
        org_heads=_words(actors, "org_heads", "actors.json"),
        org_role_nouns=_words(actors, "org_role_nouns", "actors.json"),
        org_classifiers=_words(actors, "org_classifiers", "actors.json"),
        person_pronouns=_words(actors, "person_pronouns", "actors.json"),
        group_pronouns=_words(actors, "group_pronouns", "actors.json"),
        titles=_words(roles, "titles", "roles.json"),
        institutions=MappingProxyType(institutions),
        shadow_prefixes=_words(roles, "shadow_prefixes", "roles.json"),
        seat_titles=_words(roles, "seat_titles", "roles.json"),
        office_titles=_words(roles, "office_titles", "roles.json"),
        commons_titles=_words(roles, "commons_titles", "roles.json"),
        post_nominals=_words(roles, "post_nominals", "roles.json"),
        peerage_titles=_words(roles, "peerage_titles", "roles.json"),
        former_prefixes=_words(roles, "former_prefixes", "roles.json"),
        head_titles=_words(roles, "head_titles", "roles.json"),
        head_seats=_head_seats(roles),
        expert_titles=_words(roles, "expert_titles", "roles.json"),
        ministerial_titles=_words(roles, "ministerial_titles", "roles.json"),
        journalist_titles=_words(roles, "journalist_titles", "roles.json"),
        editor_ranks=_words(roles, "editor_ranks", "roles.json"),
        authored_works=_words(roles, "authored_works", "roles.json"),
        hearsay_nouns=_words(cues, "hearsay_nouns", "cues.json"),
        hearsay_passives=_words(cues, "hearsay_passives", "cues.json"),
        conditional_marks=_words(cues, "conditional_marks", "cues.json"),
        habit_marks=_words(cues, "habit_marks", "cues.json"),
        asking_verbs=_words(cues, "asking_verbs", "cues.json"),
        perception_verbs=_words(cues, "perception_verbs", "cues.json"),
        frame_verbs=_words(cues, "frame_verbs", "cues.json"),
        attempt_verbs=_words(cues, "attempt_verbs", "cues.json"),
        prediction_adverbs=_words(cues, "prediction_adverbs", "cues.json"),
        needs_object=_words(cues, "needs_object", "cues.json"),
        no_infinitive=_words(cues, "no_infinitive", "cues.json"),
        needs_infinitive=_words(cues, "needs_infinitive", "cues.json"),
        needs_to=_words(cues, "needs_to", "cues.json"),
        accusation_verbs=_words(cues, "accusation_verbs", "cues.json"),
        desire_verbs=_words(cues, "desire_verbs", "cues.json"),
        aside_nouns=_words(cues, "aside_nouns", "cues.json"),
        anonymous_sources=_words(cues, "anonymous_sources", "cues.json"),
        asking_complements=_words(cues, "asking_complements", "cues.json"),
        addressee_verbs=_words(cues, "addressee_verbs", "cues.json"),
        male_words=_words(actors, "male_words", "actors.json"),
        female_words=_words(actors, "female_words", "actors.json"),
        law_heads=_words(actors, "law_heads", "actors.json"),
        subnational_words=_words(actors, "subnational_words", "actors.json"),
        independent_words=_words(actors, "independent_words", "actors.json"),
        chambers=_words(actors, "chambers", "actors.json"),
        first_name_honorifics=_words(actors, "first_name_honorifics", "actors.json"),
        relation_nouns=_words(actors, "relation_nouns", "actors.json"),
        left_post_verbs=_words(actors, "left_post_verbs", "actors.json"),
        part_of_groups=_words(actors, "part_of_groups", "actors.json"),
        anaphoric_heads=_words(actors, "anaphoric_heads", "actors.json"),
        within_preps=_words(actors, "within_preps", "actors.json"),
        constituency_titles=_words(actors, "constituency_titles", "actors.json"),
        org_kinds=org_kinds,
        anaphor_kinds=anaphor_kinds,
        aliases=MappingProxyType(aliases),
        alias_names=frozenset(written),
        canonical_names=frozenset(canonical),
    )
