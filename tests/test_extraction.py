"""Extraction on the real spaCy pipeline (no mocks): one test per linguistic construction.

Every text here is written for its test. Each test runs `brief.api.summarize_text`
and checks the `brief/1` dict: which stakeholders exist (merged under one name or
not), their members and roles, and each statement's type, list (positions or
demands), text, target, deadline and quote flag. Constructions the rules do not
handle yet are marked xfail (non-strict) with the reason.
"""
from __future__ import annotations

import pytest

from brief.api import summarize_text
from brief.model import DEMAND_TYPES


@pytest.fixture(scope="module", autouse=True)
def _model(nlp):
    """Load the pipeline once (conftest's session fixture) before any test here."""
    return nlp


# --- helpers ----------------------------------------------------------------------------------

def brief(text: str) -> dict:
    return summarize_text(text).to_dict()


def _norm(name: str) -> str:
    s = " ".join(name.lower().split())
    return s.removeprefix("the ")


def names_of(sh: dict) -> set[str]:
    return {_norm(sh["name"]), *(_norm(a) for a in sh["aliases"])}


def stakeholder(data: dict, name: str) -> dict:
    """The one stakeholder called `name` (by name or alias) or with a member of that name."""
    key = _norm(name)
    hits = [sh for sh in data["stakeholders"] if key in names_of(sh)]
    if not hits:
        hits = [sh for sh in data["stakeholders"]
                if any(key == _norm(m["name"]) or key in {_norm(a) for a in m["aliases"]} for m in sh["members"])]
    assert len(hits) == 1, f"expected one stakeholder {name!r}, got {len(hits)}: {overview(data)}"
    return hits[0]


def holders(data: dict, word: str) -> list[dict]:
    """Stakeholders any of whose names (or members' names) contain `word`."""
    w = word.lower()
    return [sh for sh in data["stakeholders"]
            if any(w in n for n in names_of(sh)) or any(w in m["name"].lower() for m in sh["members"])]


def member(sh: dict, name: str) -> dict:
    hits = [m for m in sh["members"] if _norm(m["name"]) == _norm(name)]
    assert hits, f"{name!r} is not a member of {sh['name']!r}: members={sh['members']}"
    return hits[0]


def statements(sh: dict) -> list[dict]:
    return sh["positions"] + sh["demands"]


def statement(sh: dict, *, containing: str, type: str | None = None) -> dict:
    """The statement of `sh` whose text contains `containing` (and has `type`, if given)."""
    hits = [st for st in statements(sh) if containing in st["text"] and (type is None or st["type"] == type)]
    assert hits, f"no statement of {sh['name']!r} containing {containing!r}: {[(s['type'], s['text']) for s in statements(sh)]}"
    return hits[0]


def assert_filed_correctly(sh: dict) -> None:
    """Demand types are in `demands`, all other types in `positions`."""
    assert all(st["type"] in DEMAND_TYPES for st in sh["demands"]), sh["demands"]
    assert all(st["type"] not in DEMAND_TYPES for st in sh["positions"]), sh["positions"]


def overview(data: dict) -> list:
    return [(sh["name"], sh["aliases"], [(m["name"], m["role"]) for m in sh["members"]],
             [(st["type"], st["cue"], st["text"], st["target"]) for st in statements(sh)])
            for sh in data["stakeholders"]]


# --- merging names into one stakeholder ------------------------------------------------------

@pytest.mark.parametrize("text, full, short", [
    pytest.param("Sarah Mitchell opened the new clinic in Bristol. Mitchell said waiting lists would fall.",
                 "Sarah Mitchell", "Mitchell", id="mitchell"),
    pytest.param("Maria Lopez unveiled the housing scheme on Tuesday. Lopez said the plan would create new homes.",
                 "Maria Lopez", "Lopez", id="lopez"),  # the model leaves "Lopez" untagged: coref finds her
])
def test_surname_merges_with_full_name(text: str, full: str, short: str) -> None:
    data = brief(text)
    people = holders(data, short)
    assert len(people) == 1, overview(data)
    sh = people[0]
    assert sh["name"] == full and sh["type"] == "person"
    st = statement(sh, containing="would", type="claim")
    assert st["cue"] == "said" and st["speaker"] == short
    assert st in sh["positions"]


def test_acronym_defined_in_text_merges() -> None:
    data = brief("The National Farmers Association (NFA) held its annual meeting in Leeds. "
                 "The NFA said the subsidy cuts would ruin small farms.")
    sh = stakeholder(data, "National Farmers Association")
    assert sh["name"] == "National Farmers Association"
    assert "NFA" in sh["aliases"]
    assert len(holders(data, "nfa")) == 1
    st = statement(sh, containing="subsidy cuts would ruin small farms", type="claim")
    assert st["speaker"] == "NFA" and st["cue"] == "said"


def test_definite_short_form_merges_with_full_name() -> None:
    data = brief("Officials at the Department of Transport met rail bosses on Monday. "
                 "The Department said fares would rise next year.")
    sh = stakeholder(data, "Department of Transport")
    assert sh["name"] == "Department of Transport"
    assert len(holders(data, "department")) == 1, overview(data)
    st = statement(sh, containing="fares would rise next year", type="claim")
    assert st["speaker"] == "Department"


def test_alias_table_merges_pentagon_and_department_of_defense() -> None:
    data = brief("The Pentagon announced a review of its contracts. "
                 "The Department of Defense said the review would take six months.")
    sh = stakeholder(data, "Department of Defense")
    assert {"pentagon", "department of defense"} <= names_of(sh)
    assert len(data["stakeholders"]) == 1, overview(data)
    speakers = {st["speaker"] for st in statements(sh)}
    assert {"Pentagon", "Department of Defense"} <= speakers
    assert statement(sh, containing="take six months")["type"] == "claim"


# --- people under organisations --------------------------------------------------------------

def test_possessive_membership() -> None:
    """The parse makes 'executive' the subject with 'John Smith' as its appositive."""
    data = brief("Acme Corp's chief executive John Smith said the firm would cut 300 jobs.")
    sh = stakeholder(data, "Acme Corp")
    assert sh["type"] == "organisation"
    m = member(sh, "John Smith")
    assert m["role"] and "chief executive" in m["role"].lower()
    st = statement(sh, containing="cut 300 jobs", type="claim")
    assert st["member"] == "John Smith"
    assert not any(s["type"] == "government" for s in data["stakeholders"]), overview(data)


def test_title_run_with_organisation_membership() -> None:
    """Without the possessive ("Acme Corp chief executive John Smith") the organisation is in the title."""
    data = brief("Acme Corp chief executive John Smith said the firm would cut 300 jobs.")
    sh = stakeholder(data, "Acme Corp")
    m = member(sh, "John Smith")
    assert "chief executive" in (m["role"] or "").lower()
    assert statement(sh, containing="cut 300 jobs")["member"] == "John Smith"


def test_appositive_membership() -> None:
    data = brief("Jane Doe, general secretary of the Teachers Union, said teachers would strike in May.")
    sh = stakeholder(data, "Teachers Union")
    assert sh["type"] == "organisation"
    assert member(sh, "Jane Doe")["role"] == "general secretary"
    st = statement(sh, containing="teachers would strike in May", type="claim")
    assert st["member"] == "Jane Doe" and st["speaker"] == "Jane Doe"
    assert holders(data, "jane doe") == [sh]  # Jane Doe is not a stakeholder of her own


@pytest.mark.xfail(strict=False, reason=(
    "appositive with a possessive ('Mary Brown, the union's leader,'): affiliation._org_in_phrase finds "
    "the union but the role is cut at the organisation mention, so the member's role is 'the'"))
def test_appositive_possessive_role() -> None:
    data = brief("Mary Brown, the union's leader, said the strike would go ahead.")
    sh = stakeholder(data, "union")
    assert member(sh, "Mary Brown")["role"] in {"leader", "the union's leader"}
    assert statement(sh, containing="the strike would go ahead")["member"] == "Mary Brown"


def test_x_of_y_membership() -> None:
    data = brief("Tom Baker of Greenpeace said the new pipeline would damage the coast.")
    sh = stakeholder(data, "Greenpeace")
    assert sh["name"] == "Greenpeace"
    member(sh, "Tom Baker")
    st = statement(sh, containing="the new pipeline would damage the coast", type="claim")
    assert st["member"] == "Tom Baker"
    assert len(data["stakeholders"]) == 1, overview(data)


def test_title_naming_an_institution() -> None:
    data = brief("The Pentagon wants wider access to the models. "
                 "Defense Secretary Pete Hegseth demanded that the company drop its restrictions.")
    sh = stakeholder(data, "Department of Defense")
    assert "pentagon" in names_of(sh)
    assert member(sh, "Pete Hegseth")["role"] == "Defense Secretary"
    st = statement(sh, containing="drop its restrictions", type="request")
    assert st in sh["demands"] and st["member"] == "Pete Hegseth" and st["cue"] == "demanded"
    assert_filed_correctly(sh)


# --- pronouns ---------------------------------------------------------------------------------

def test_he_resolves_to_previous_person() -> None:
    data = brief("Peter Grant chairs the Harbour Trust. He said the land would be sold.")
    sh = stakeholder(data, "Peter Grant")
    st = statement(sh, containing="the land would be sold", type="claim")
    assert st["speaker"] == "He"
    assert not statements(stakeholder(data, "Harbour Trust"))


def test_they_resolves_to_previous_organisation() -> None:
    data = brief("The Royal College of Nursing met on Monday. They said the pay offer was an insult.")
    sh = stakeholder(data, "Royal College of Nursing")
    st = statement(sh, containing="the pay offer was an insult", type="claim")
    assert st["speaker"] == "They"


def test_it_resolves_to_previous_organisation() -> None:
    data = brief("The Harbour Trust met on Monday. It said the land would be sold.")
    sh = stakeholder(data, "Harbour Trust")
    assert statement(sh, containing="the land would be sold")["speaker"] == "It"


# --- reporting verbs --------------------------------------------------------------------------

def test_reporting_verb_active() -> None:
    data = brief("The Fire Brigades Union rejected the plan to close three stations.")
    sh = stakeholder(data, "Fire Brigades Union")
    st = statement(sh, containing="the plan to close three stations", type="refusal")
    assert st["cue"] == "rejected" and st in sh["positions"]


def test_reporting_verb_passive() -> None:
    data = brief("The plan was rejected by the union.")
    sh = stakeholder(data, "union")
    st = statement(sh, containing="plan", type="refusal")
    assert st["speaker"] == "union" and "rejected" in st["cue"]


# --- demands ----------------------------------------------------------------------------------

def test_urge_x_to_has_target() -> None:
    data = brief("The Green Party urged the council to scrap the incinerator project.")
    sh = stakeholder(data, "Green Party")
    st = statement(sh, containing="scrap the incinerator project", type="call")
    assert st in sh["demands"] and st["cue"] == "urged"
    assert st["target"] == "council"


def test_call_on_x_to_has_target() -> None:
    data = brief("The British Medical Association called on the government to restore funding for GP surgeries.")
    sh = stakeholder(data, "British Medical Association")
    st = statement(sh, containing="restore funding for GP surgeries", type="call")
    assert st in sh["demands"]
    assert st["target"] == "the government"


def test_call_for() -> None:
    data = brief("The Fire Brigades Union called for an independent inquiry into the blaze.")
    sh = stakeholder(data, "Fire Brigades Union")
    st = statement(sh, containing="an independent inquiry into the blaze", type="call")
    assert st in sh["demands"] and st["target"] is None


def test_ask_x_to() -> None:
    data = brief("The National Trust asked the council to delay the vote.")
    sh = stakeholder(data, "National Trust")
    st = statement(sh, containing="delay the vote", type="request")
    assert st in sh["demands"] and st["cue"] == "asked" and st["target"] == "council"


def test_want_x_to() -> None:
    data = brief("Oxfam wants the government to cancel the debt of poor countries.")
    sh = stakeholder(data, "Oxfam")
    st = statement(sh, containing="cancel the debt of poor countries", type="request")
    assert st in sh["demands"] and st["target"] == "the government"


def test_threaten() -> None:
    data = brief("The Transport Workers Union threatened to strike over the new rotas.")
    sh = stakeholder(data, "Transport Workers Union")
    st = statement(sh, containing="strike over the new rotas", type="threat")
    assert st in sh["demands"] and st["cue"] == "threatened"


def test_nominal_demand_for() -> None:
    data = brief("The union's demand for higher pay was rejected by the employers.")
    sh = stakeholder(data, "union")
    st = statement(sh, containing="higher pay", type="request")
    assert st["cue"] == "demand" and st in sh["demands"]
    assert st["speaker"] == "union"


def test_nominal_refusal_to() -> None:
    data = brief("The council criticised the Harbour Trust's refusal to publish the accounts.")
    sh = stakeholder(data, "Harbour Trust")
    st = statement(sh, containing="to publish the accounts", type="refusal")
    assert st["cue"] == "refusal" and st in sh["positions"]
    council = stakeholder(data, "council")
    assert statement(council, containing="refusal", type="criticism")["cue"] == "criticised"


def test_demand_deadline_by_friday() -> None:
    data = brief("The Farmers Union demanded that ministers publish the report by Friday.")
    sh = stakeholder(data, "Farmers Union")
    st = statement(sh, containing="publish the report", type="request")
    assert st["deadline"] == "Friday"
    assert st["target"] == "the government"
    assert st in sh["demands"]
    assert any(f["type"] == "deadline" and f["text"] == "Friday" for f in data["facts"])


@pytest.mark.parametrize("company", [
    pytest.param("Acme Corp", id="acme-corp"),
    pytest.param("Acme", id="acme", marks=pytest.mark.xfail(strict=False, reason=(
        "bare 'Acme' is not tagged as an entity by en_core_web_sm, so it is no mention and "
        "statements.noun_statements finds no actor for the subject of 'refused': the regulator's "
        "request is extracted with target=None and Acme is not a stakeholder"))),
])
def test_nominal_demand_target_is_whoever_refuses(company: str) -> None:
    data = brief(f"{company} refused the regulator's request for full access to its data centres.")
    regulator = stakeholder(data, "regulator")
    st = statement(regulator, containing="full access to its data centres", type="request")
    assert st in regulator["demands"] and st["cue"] == "request"
    assert st["target"] == company
    refuser = stakeholder(data, company)
    assert statement(refuser, containing="request", type="refusal")["cue"] == "refused"


# --- direct quotes ----------------------------------------------------------------------------

def test_quote_then_said_speaker() -> None:
    text = '"We will not accept this," said Ms Green.'
    data = brief(text)
    sh = stakeholder(data, "Ms Green")
    st = statement(sh, containing="We will not accept this")
    assert st["quote"] is True and st["type"] == "claim" and st["speaker"] == "Ms Green"
    assert text[st["start"]:st["end"]] == st["text"]


def test_speaker_said_colon_quote() -> None:
    data = brief('Anna Green leads the Residents Association. She said: "We will fight this plan in the courts."')
    sh = stakeholder(data, "Anna Green")
    st = statement(sh, containing="We will fight this plan in the courts")
    assert st["quote"] is True and st["speaker"] == "She" and st["cue"] == "said"


@pytest.mark.parametrize("sep", [
    pytest.param(" ", id="one-paragraph"),
    pytest.param("\n\n", id="new-paragraph"),
])
def test_multi_paragraph_quote_is_one_statement(sep: str) -> None:
    text = ("Mary Brown leads the Dockers Union." + sep
            + "\"The decision is a betrayal of every worker in this town." + sep
            + "\"We will keep fighting until it is reversed,\" she said.")
    data = brief(text)
    owners = holders(data, "mary brown")
    assert len(owners) == 1, overview(data)
    quotes = [st for st in statements(owners[0]) if st["quote"]]
    assert len(quotes) == 1, [(q["text"], q["cue"]) for q in quotes]
    st = quotes[0]
    assert "betrayal of every worker" in st["text"] and "keep fighting until it is reversed" in st["text"]
    assert st["speaker"] == "she" and st["cue"] == "said"


# --- other attributions -----------------------------------------------------------------------

def test_according_to() -> None:
    data = brief("The scheme will cost taxpayers £5m, according to the Institute for Fiscal Studies.")
    sh = stakeholder(data, "Institute for Fiscal Studies")
    st = statement(sh, containing="The scheme will cost taxpayers", type="claim")
    assert st["cue"] == "according to"
    assert "Institute" not in st["text"]


def test_two_stakeholders_in_one_sentence() -> None:
    data = brief("The union opposes the plan, but ministers insist it is fair.")
    union = stakeholder(data, "union")
    government = stakeholder(data, "the government")
    assert statement(union, containing="the plan", type="opposition")["cue"] == "opposes"
    st = statement(government, containing="it is fair", type="claim")
    assert st["speaker"] == "ministers" and st["cue"] == "insist"
    assert government["type"] == "government"
    assert not any("fair" in s["text"] for s in statements(union))


@pytest.mark.parametrize("text, group, type, content", [
    ("Critics say the law will hurt small businesses.", "Critics", "claim", "the law will hurt small businesses"),
    ("Unions warned that the cuts would lead to strikes.", "Unions", "warning", "the cuts would lead to strikes"),
])
def test_collective_actors(text: str, group: str, type: str, content: str) -> None:
    data = brief(text)
    sh = stakeholder(data, group)
    assert sh["type"] == "group"
    st = statement(sh, containing=content, type=type)
    assert st["speaker"] == group


# --- facts, title, summary --------------------------------------------------------------------

ARTICLE = (
    "Council approves river clean-up plan\n\n"
    "The city council approved a £5m plan on 3 March 2024 to clean up the River Wend. "
    "Officials said pollution had risen by 12% since 2020. "
    "The plan is the first under the Climate Change Act. "
    "Campaigners welcomed the decision but warned that the money would not be enough. "
    "The Wend Angling Club said fish stocks had collapsed. "
    "The council said work would begin in the summer."
)


def _fact(data: dict, type: str, text: str) -> dict:
    hits = [f for f in data["facts"] if f["type"] == type and f["text"] == text]
    assert hits, f"no {type} fact {text!r}: {[(f['type'], f['text']) for f in data['facts']]}"
    return hits[0]


@pytest.mark.parametrize("type, text", [
    ("date", "3 March 2024"),
    ("percentage", "12%"),
])
def test_facts_date_and_percentage(type: str, text: str) -> None:
    data = brief(ARTICLE)
    f = _fact(data, type, text)
    assert (f["start"], f["end"]) == (ARTICLE.index(text), ARTICLE.index(text) + len(text))
    assert f["source"] == "s1"


def test_fact_law() -> None:
    data = brief(ARTICLE)
    laws = [f for f in data["facts"] if f["type"] == "law" and "Climate Change Act" in f["text"]]
    assert len(laws) == 1, data["facts"]
    f = laws[0]
    assert f["text"] in {"Climate Change Act", "the Climate Change Act"}
    assert ARTICLE[f["start"]:f["end"]] == f["text"]
    assert f["end"] == ARTICLE.index("Climate Change Act") + len("Climate Change Act")


@pytest.mark.xfail(strict=False, reason=(
    "'£5m' is tokenised as '£' '5' 'm' and en_core_web_sm labels only '5' as MONEY, so the sum fact "
    "is text='5' (without currency or multiplier); '£5 million' works"))
def test_fact_sum_with_currency_and_multiplier() -> None:
    data = brief(ARTICLE)
    f = _fact(data, "sum", "£5m")
    assert (f["start"], f["end"]) == (ARTICLE.index("£5m"), ARTICLE.index("£5m") + 3)


def test_fact_sum_spelled_out() -> None:
    text = "The council will spend £5 million on the roads."
    f = _fact(brief(text), "sum", "£5 million")
    assert text[f["start"]:f["end"]] == "£5 million"


def test_headline_title_and_summary() -> None:
    data = brief(ARTICLE)
    assert data["title"] == "Council approves river clean-up plan"
    assert data["sources"][0]["title"] == "Council approves river clean-up plan"
    summary = data["summary"]
    assert 2 <= len(summary) <= 4
    for s in summary:
        assert ARTICLE[s["start"]:s["end"]] == s["text"]
        assert "Council approves" not in s["text"]  # the headline is not a summary sentence
    assert [s["start"] for s in summary] == sorted(s["start"] for s in summary)


def test_title_without_headline_is_first_sentence() -> None:
    data = brief("The union said the strike would go ahead. Ministers said talks had failed.")
    assert data["title"] == "The union said the strike would go ahead."


def test_compliance_deadline_goes_to_the_demand_it_enforces() -> None:
    """A later ultimatum asking only for compliance dates the earlier demand and shares its target."""
    data = brief("Northwind Logistics refused the Harbour Authority's request for the shipping records. "
                 "The refusal follows the Harbour Authority's ultimatum, which demanded compliance by Monday.")
    authority = stakeholder(data, "Harbour Authority")
    request = next(d for d in authority["demands"] if "shipping records" in d["text"])
    assert request["target"] == "Northwind Logistics"
    assert request["deadline"] == "Monday"
    ultimatum = next(d for d in authority["demands"] if d["type"] == "ultimatum")
    assert ultimatum["target"] == "Northwind Logistics"


def test_coordinated_subjects_each_hold_the_statement() -> None:
    data = brief("The Green Party and the Farmers Union say they want a full public inquiry into the spill.")
    for name in ("Green Party", "Farmers Union"):
        sh = stakeholder(data, name)
        assert any("inquiry" in d["text"] for d in sh["demands"] + sh["positions"]), overview(data)


def test_name_inside_a_longer_organisation_name_is_that_organisation() -> None:
    data = brief("Shares in KT Marlow Engineering rose on Monday. Marlow Engineering said the merger would go ahead.")
    assert len(holders(data, "marlow")) == 1, overview(data)


def test_definite_role_title_names_the_person_last_mentioned() -> None:
    data = brief("Helen Marsh rejected the report on Tuesday. The prime minister said the figures were wrong.")
    gov = stakeholder(data, "Helen Marsh")
    assert gov["type"] == "government"
    assert member(gov, "Helen Marsh")["role"] == "prime minister"


def test_title_before_the_name_in_apposition() -> None:
    data = brief("The Finance Minister, Carlos Ortega, said the budget would be balanced next year.")
    gov = stakeholder(data, "Carlos Ortega")
    assert gov["type"] == "government"
    assert "Finance Minister" in member(gov, "Carlos Ortega")["role"]


def test_honorific_forms_are_aliases() -> None:
    data = brief("Ruth Kelly, general secretary of the Nurses Union, spoke on Monday. "
                 "Mrs Kelly said nurses would strike.")
    union = stakeholder(data, "Nurses Union")
    assert "Mrs Kelly" in member(union, "Ruth Kelly")["aliases"]


def test_reported_content_is_the_reporters_statement() -> None:
    data = brief("The Teachers Union said the Education Department was planning to cut school budgets.")
    union = stakeholder(data, "Teachers Union")
    assert any("cut school budgets" in p["text"] for p in union["positions"])
    assert not [sh for sh in data["stakeholders"] if sh is not union and (sh["positions"] or sh["demands"])], overview(data)


def test_pronoun_in_reported_content_follows_each_reporter() -> None:
    data = brief("The Green Party and the Farmers Union say they want the publication of the full report.")
    for name in ("Green Party", "Farmers Union"):
        assert any("publication" in d["text"] for d in stakeholder(data, name)["demands"]), overview(data)


def test_she_after_an_unnamed_spokeswoman_is_her_organisation() -> None:
    data = brief("Tom Reed of the Farmers Union said prices were too low. A spokeswoman for Oxfam said the plan "
                 "was unfair. She added: \"Poor farmers will pay the price for this decision.\"")
    oxfam = stakeholder(data, "Oxfam")
    assert any("pay the price" in p["text"] for p in oxfam["positions"]), overview(data)


def test_they_prefers_the_last_plural_group() -> None:
    data = brief("The Transport Office confirmed the review, prompting unions to threaten action. "
                 "They believe the plans will cut jobs.")
    unions = holders(data, "union")
    assert any("cut jobs" in p["text"] for sh in unions for p in sh["positions"]), overview(data)


def test_classifier_noun_makes_a_name_an_organisation() -> None:
    data = brief("Retail chain Peter Jones said sales fell in December.")
    store = stakeholder(data, "Peter Jones")
    assert store["type"] == "organisation", overview(data)
    assert any("sales fell" in p["text"] for p in store["positions"]), overview(data)


def test_headline_passive_addressee_is_not_the_speaker() -> None:
    data = brief("Brown told to cut fuel duty\n\nThe Motorists Association urged Gordon Brown to cut fuel duty.")
    texts = [(sh["name"], st["text"]) for sh in data["stakeholders"] for st in sh["positions"] + sh["demands"]]
    assert all(name == "Motorists Association" for name, _ in texts), texts
    assert any("cut fuel duty" in t for _, t in texts), texts


def test_person_introduced_after_an_organisations_statement_speaks_for_it() -> None:
    data = brief("The Nurses Union said the pay offer was an insult. Ruth Kelly said members would vote on strikes.")
    union = stakeholder(data, "Nurses Union")
    assert member(union, "Ruth Kelly")
    assert any("vote on strikes" in p["text"] for p in union["positions"]), overview(data)


def test_speaker_after_a_fronted_clause() -> None:
    data = brief("Thousands of nurses could strike next month, warn union leaders.")
    unions = holders(data, "union")
    assert any("could strike" in st["text"] for sh in unions for st in sh["positions"] + sh["demands"]), overview(data)


def test_stance_participle_without_agent() -> None:
    data = brief("Opposition parties are united against the new tax.")
    parties = holders(data, "part")
    assert any(st["type"] == "opposition" and "new tax" in st["text"] for sh in parties for st in sh["positions"]), \
        overview(data)


def test_particle_changes_the_verb() -> None:
    data = brief("The Tenants Union called out for help during the fire.")
    assert not [st for sh in data["stakeholders"] for st in sh["demands"]], overview(data)


def test_cue_verb_controlled_by_another_verb_is_not_a_statement() -> None:
    data = brief("The Planning Office failed to predict the cost of the scheme.")
    assert not [st for sh in data["stakeholders"] for st in sh["positions"] + sh["demands"]], overview(data)


def test_as_clause_makes_the_main_clause_the_claimants() -> None:
    data = brief("As the Green Party claims, Helen Marsh plans to raise fuel duty.")
    greens = stakeholder(data, "Green Party")
    assert any("raise fuel duty" in p["text"] for p in greens["positions"]), overview(data)
    assert not any("raise fuel duty" in st["text"] for sh in data["stakeholders"] if sh is not greens
                   for st in sh["positions"] + sh["demands"]), overview(data)


def test_former_minister_does_not_speak_for_the_government() -> None:
    data = brief("Tory ex-minister Douglas Hogg said he opposed the plans for identity cards.")
    assert not [sh for sh in data["stakeholders"] if sh["type"] == "government"], overview(data)
    # nor for the party: out of office, he speaks for himself
    hogg = stakeholder(data, "Douglas Hogg")
    assert hogg["name"] == "Douglas Hogg" and not hogg["members"], overview(data)


def test_definite_title_naming_an_organisation() -> None:
    data = brief("Michael Howard met party officials on Monday. The Tory leader said the decision was collective.")
    assert member(stakeholder(data, "Tory"), "Michael Howard")


def test_quote_closed_by_a_full_stop_is_not_the_next_sentences_speaker() -> None:
    data = brief('Alan Price of the Bar Council warned of the risks. "Young men will be driven into the hands of '
                 'extremists." Douglas Hogg said he opposed the plans.')
    hogg = stakeholder(data, "Douglas Hogg")
    assert not any("extremists" in p["text"] for p in hogg["positions"]), overview(data)
    assert any("extremists" in p["text"] for p in stakeholder(data, "Bar Council")["positions"]), overview(data)


def test_we_outside_quotes_is_nobody() -> None:
    data = brief("Police officers patrolled the streets. We believe the law must change.")
    assert not [st for sh in data["stakeholders"] for st in sh["positions"]], overview(data)


def test_spokesperson_and_pronoun_resolution_does_not_loop() -> None:
    """ "A spokesman for her lawyers": spokesman -> lawyers -> her -> the last spokesman -> ...
    once recursed until Python gave up (found on a 5 MB corpus input)."""
    data = brief("A spokesman for her lawyers described the decision as very disappointing.")
    assert data["schema"] == "brief/1"


def test_as_meaning_because_keeps_each_speaker() -> None:
    data = brief("Helen Marsh had decided to support the plans as the police said they would help fight crime.")
    police = holders(data, "police")
    assert not any("support the plans" in st["text"] for sh in police for st in sh["positions"]), overview(data)


def test_speech_verb_with_only_an_object_is_not_a_statement() -> None:
    data = brief("Ann Lowe declared a £100,000 advance for her novels. The crowd chanted and Tom Reed said her name.")
    assert not [st for sh in data["stakeholders"] for st in sh["positions"] + sh["demands"]], overview(data)


def test_he_in_someone_elses_claim_is_not_refiled_to_them() -> None:
    data = brief("As the Green Party claims, he plans to raise fuel duty after the election.")
    greens = stakeholder(data, "Green Party")
    assert not any(st["type"] == "commitment" for st in greens["positions"]), overview(data)


def test_they_takes_the_subject_over_a_deeper_plural() -> None:
    data = brief("But the Farmers Unions insisted they would hold ministers to account.\n\n"
                 "They said they would also press the Treasury over the subsidy.")
    unions = stakeholder(data, "Farmers Unions")
    assert any("press the Treasury" in st["text"] for st in unions["positions"] + unions["demands"]), overview(data)


def test_reporting_he_is_not_the_person_named_in_the_report() -> None:
    data = brief("Alan Milburn, Labour's election strategist, spoke on Saturday. Mr Blair has the same passion "
                 "for the job as in 1997, he said.")
    labour = stakeholder(data, "Alan Milburn")
    assert any("same passion" in p["text"] for p in labour["positions"]), overview(data)


def test_reporting_he_continues_the_last_speaker() -> None:
    data = brief("But Lib Dem leader Charles Kennedy said Harry was in a privileged position. "
                 "He added that the army would be good for Harry.")
    libdems = stakeholder(data, "Charles Kennedy")
    assert any("army would be good" in p["text"] for p in libdems["positions"]), overview(data)


def test_an_adjective_of_kind_is_not_an_organisation_to_speak_for() -> None:
    data = brief("Jewish leader Simon Wiesel said the trial must go ahead.")
    assert not [sh for sh in data["stakeholders"] if sh["members"] and sh["type"] == "group"], overview(data)


def test_ex_member_does_not_speak_for_the_party() -> None:
    data = brief("Ex-Labour MP George Galloway has appealed for the release of the aid worker.")
    assert not [sh for sh in data["stakeholders"] if sh["members"]], overview(data)


def test_a_foreign_head_of_government_speaks_for_that_government() -> None:
    data = brief("Japanese Prime Minister Yasuhiro Nakasone said the tariffs were unfair. "
                 "President Ronald Reagan said the tariffs would stay.")
    japan = stakeholder(data, "Yasuhiro Nakasone")
    assert japan["name"] == "Japanese government", overview(data)
    assert "Ronald Reagan" not in [m["name"] for m in japan["members"]], overview(data)
