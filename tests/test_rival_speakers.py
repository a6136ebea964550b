"""Who speaks when a sentence names two people, or two sides: a title inside the subject's own
clause, "they" after two people joined as the subject, a quote tagged by a verb that is no cue,
a document whose author is named with it or not at all.

Every text is written for its test; each test fails on the commit before its rule.
"""
from __future__ import annotations

import pytest

from owners import brief, owners_of


@pytest.fixture(scope="module", autouse=True)
def _model(nlp):
    return nlp


def test_a_title_inside_the_subjects_own_clause_names_someone_else() -> None:
    data = brief("Ann Hale talked about the party's new manifesto. Gordon Reed refused to deny claims the prime "
                 "minister had broken a promise to him.")
    # the prime minister is not Gordon Reed, who refuses to deny what is said of the prime minister
    assert owners_of(data, "to deny claims") == [("Gordon Reed", None)], data["stakeholders"]


def test_a_title_after_the_subjects_possessor_can_be_the_possessor() -> None:
    # a guard for the rule above: it passes on the commit before too
    data = brief("Ann Hale's official spokesman declined to say whether the prime minister backed the plans. "
                 "He said the review would take its course.")
    roles = {m["name"]: m["role"] for sh in data["stakeholders"] for m in sh["members"]}
    assert roles.get("Ann Hale") == "prime minister", data["stakeholders"]


def test_they_after_two_people_is_the_one_body_named_for_them() -> None:
    # one of the two speaks for a body, the other for nobody named: the body, with its member
    data = brief("Prime Minister Ann Hale and Gordon Reed met MPs on Monday. They insisted the party was united.")
    assert owners_of(data, "the party was united") == [("the government", "Ann Hale")], data["stakeholders"]


def test_a_quote_tagged_by_a_verb_that_is_no_cue_is_not_the_next_sentences() -> None:
    data = brief('Tom Lowe said there had been a dinner but the talks were private. "As a waiter for ten years I '
                 'know how to keep quiet," he joked. Ann Hale has insisted she made no deal over the job.')
    assert ("Ann Hale", None) not in owners_of(data, "waiter for ten years"), data["stakeholders"]


def test_and_a_party_that_claims_opens_its_own_statement() -> None:
    data = brief("The Greens say the two ministers are acting like quarrelling children and the Liberal Democrats "
                 "claim private ambition is blocking sound policy.")
    said = [st["text"] for sh in data["stakeholders"] if sh["name"] == "Greens" for st in sh["positions"]]
    assert said and not [t for t in said if "Liberal" in t or "ambition" in t], data["stakeholders"]


def test_a_person_before_the_letters_mp_is_the_speaker_not_a_group() -> None:
    data = brief("Former health minister Tom Lowe MP attacked the scheme on Monday.")
    assert owners_of(data, "the scheme") == [("Tom Lowe", None)], data["stakeholders"]


@pytest.mark.parametrize("text, containing, expected", [
    # a body named before the document wrote it, not the body last in focus
    ("The Labour Party launched its campaign in Leeds. The Treasury report says growth will be strong.",
     "growth will be strong", [("Treasury", None)]),
    # a survey with no author named is nobody's view, not the last body's
    ("The Labour Party launched its campaign in Leeds. Labour will win a majority of 160, the survey suggests.",
     "majority of 160", []),
])
def test_a_documents_author_is_named_with_it_or_unknown(text: str, containing: str, expected: list) -> None:
    data = brief(text)
    assert owners_of(data, containing) == expected, data["stakeholders"]


def test_the_partys_officer_speaks_for_the_party_named_before() -> None:
    data = brief("Labour will continue to pursue reforms if it wins a third term, the party's election chief Tom "
                 "Reed has said.")
    assert owners_of(data, "third term") == [("Labour", "Tom Reed")], data["stakeholders"]


def test_a_party_is_not_the_surname_of_a_name_tagged_person() -> None:
    data = brief('Ann Hale said: "New Labour has lost people\'s confidence in a way Old Labour never did." '
                 "Labour said the plan was sound.")
    assert owners_of(data, "plan was sound") == [("Labour", None)], data["stakeholders"]


def test_the_mep_as_a_subject_is_the_member_last_a_subject() -> None:
    data = brief("Tom Reed quit the party on Thursday, accusing it of betraying its voters. The MEP said he was "
                 "ashamed to have joined.")
    assert owners_of(data, "ashamed to have joined") == [("Tom Reed", None)], data["stakeholders"]


def test_a_list_the_parser_reads_as_a_title_gives_no_party() -> None:
    # a guard: on this written sentence the parser does not make the list an appositive, so it passes on
    # the commit before too; the article sentence that showed the fault is not copied here
    data = brief('Mr Hale said: "With the hidden tax plans of Gordon Reed, the plain unfairness of our present rates '
                 'system - above all the water rates, and the hollow pledges of the Conservative party on this matter '
                 '- it is little wonder that faith in taxation is collapsing." Chancellor Gordon Reed said the '
                 'figures did not add up.')
    assert owners_of(data, "did not add up") == [("the government", "Gordon Reed")], data["stakeholders"]


def test_a_reporting_he_after_this_sentences_own_subject_is_that_subject() -> None:
    data = brief("On Saturday, Tom Reed said the Tories would fund the cuts. In his speech, Mr Hale contrasted "
                 "his party with a Tory party which he said would turn the clock back.")
    assert [o for o in owners_of(data, "turn the clock back") if o[0] == "Tom Reed" or o[1] == "Tom Reed"] == [], \
        data["stakeholders"]


@pytest.mark.parametrize("text, containing, expected", [
    # a hedge on one clause does not reach another speaker's clause joined to it
    ("The club allegedly broke the rules, but manager Tom Lowe insisted the signing was legal.", "signing was legal",
     [("Tom Lowe", None)]),
    # "the party's X" is the party that was the subject, not the last one named
    ("The Tories attacked Labour's tax plans on Monday. The party's shadow chancellor Tom Reed said taxes would "
     "rise.", "taxes would rise", [("Tories", "Tom Reed")]),
    # a title in a clause joined to the subject's may be the subject's own
    ("Gordon Reed opened a hospital in Leeds on Monday, and the chancellor said the economy was strong.",
     "economy was strong", [("the government", "Gordon Reed")]),
    # the cut-out "and the Tories claim ..." is the Tories' statement
    ("Labour says the plan is a mess and the Tories claim it will cost billions.", "cost billions",
     [("Tories", None)]),
    # an attempt made with a light verb is still the maker's act
    ("Vodafone has made a fresh attempt to buy Orange.", "to buy Orange", [("Vodafone", None)]),
    # a hope foretold yields no statement through its infinitive either
    ("The Tories will hope to launch their campaign with a win in Leeds.", "campaign", []),
    # a survey its publisher was named for is the publisher's
    ("The CBI published a survey on Monday. The survey says firms want lower taxes.", "lower taxes", [("CBI", None)]),
    # a place before a document is its topic, not its author
    ("The Iraq report says the war was legal.", "war was legal", []),
    # a nickname given by others is nobody's stance
    ("Ann Hale and Tom Lowe, dubbed the Leeds Two by supporters, lost their appeal.", "Leeds Two", []),
    # a minister and a party official: "they" is still filed, under the first
    ("Chancellor Gordon Reed and Labour chairman Tom Lowe launched the campaign. They insisted Labour would win a "
     "third term.", "third term", [("the government", "Gordon Reed")]),
    # "could only promise" is a promise made
    ("Ann Hale could only promise that the review would be fair.", "review would be fair", [("Ann Hale", None)]),
])
def test_guards_from_the_third_code_review(text: str, containing: str, expected: list) -> None:
    # each failed on 4b6752b, the code the review read; eight passed on cf4063d before it, three (the
    # party's officer, the cut-out claim, the foretold hope) are new behaviour
    data = brief(text)
    assert owners_of(data, containing) == expected, data["stakeholders"]


def test_the_speaker_after_a_quote_is_not_the_quotes_subject() -> None:
    data = brief('Tom Reed is the party co-chairman. "The council, despite the fact that they would say want to move '
                 'on, not back, seem intent on dwelling on history rather than their own budget," he said on Monday.')
    assert owners_of(data, "dwelling on history") == [("Tom Reed", None)], data["stakeholders"]


def test_a_lord_the_model_tagged_an_organisation_is_a_person() -> None:
    data = brief('Tom Reed said the case was closed. Tory peer Lord Tebbit said he agreed with the view. "After all, '
                 'he is far from the worst offender," he added.')
    assert owners_of(data, "worst offender") == [("Lord Tebbit", None)], data["stakeholders"]


def test_the_chairman_of_a_named_body_is_not_another_bodys_chairman() -> None:
    data = brief("Labour party chairman Tom Reed announced a consultation. Last month the chairman of the Commission "
                 "for Fair Housing also called for quotas in some areas.")
    assert owners_of(data, "quotas in some areas") == [("Commission for Fair Housing", None)], data["stakeholders"]


def test_a_person_of_a_body_is_not_part_of_its_name() -> None:
    data = brief("Ashok Kumar of Operation Black Vote, which aims to increase turnout, said the lists did not work.")
    names = [sh["name"] for sh in data["stakeholders"]]
    assert "Operation Black Vote" in names and not [n for n in names if "Kumar" in n], names


def test_who_spoke_of_the_title_as_someone_else_does_not_hold_it() -> None:
    data = brief("Michael Hale has no doubt it is the prime minister who is rushing the law through Parliament. "
                 "The prime minister said the law was needed now.")
    assert [o for o in owners_of(data, "law was needed") if o[1] == "Michael Hale"] == [], data["stakeholders"]


def test_a_reply_with_its_own_clause_after_a_question_does_not_tag_it() -> None:
    data = brief('Tom Reed rose to speak. "How could you revive that smear in your posters?" Ann Hale replied that '
                 'the posters were fair.')
    assert [o for o in owners_of(data, "revive that smear") if o[0] == "Ann Hale"] == [], data["stakeholders"]


@pytest.mark.parametrize("text, containing, expected", [
    # a title in an adverbial clause set against the subject's is someone else's
    ("Tom Reed said taxes would rise, while the chancellor said they would not.", "they would not", []),
    # "the company's X" with no body as subject just before: the last company named
    ("Tesco reported record profits on Monday. Sales rose 10%. The company's chief executive Terry Leahy said the "
     "results were strong.", "results were strong", [("Tesco", "Terry Leahy")]),
    # nor is it a person only talked about
    ("Police arrested Ian Moss on Monday. The MP said he was shocked.", "he was shocked", [("MP", None)]),
    # a comma may belong to a title
    ("Tom Reed, senior vice president, Sony Europe, said sales were up.", "sales were up", [("Sony", "Tom Reed")]),
    # a bare noun or a relative clause can label too
    ("Ann Hale called them hypocrites.", "hypocrites", [("Ann Hale", None)]),
    # what an alleged act's speaker says alongside it is alleged too
    ("Tom Reed allegedly threatened staff, saying they would be sacked.", "would be sacked", []),
    ("Up to 30 Labour MPs could have voted against the plan.", "the plan", []),
    # a poll dismissed by a party is not that party's poll
    ("Labour dismissed the survey on Monday. The survey suggests the Tories will win 40%.", "win 40%", []),
    # an attempt that could be made is not made
    ("The firm could make an attempt to buy its rival.", "buy its rival", []),
])
def test_guards_from_the_fourth_code_review(text: str, containing: str, expected: list) -> None:
    # all but the survey case were wrong at f6fa925, the code the review read (that one guards the rule here)
    data = brief(text)
    assert owners_of(data, containing) == expected, data["stakeholders"]


def test_an_officer_after_a_kind_nouns_statement_speaks_for_the_body_it_names() -> None:
    data = brief("Broadcasters should fix a date for a debate, according to the Civic Forum Society. It would then be "
                 "up to the leaders to decide, the non-partisan charity said. Chairman Lord Kemp argued that prime "
                 "ministers should not have a veto.")
    assert owners_of(data, "not have a veto") == [("Civic Forum Society", "Lord Kemp")], data["stakeholders"]


def test_a_member_after_a_bodys_statement_speaks_for_herself() -> None:
    # a guard for the rule above: a seat title keeps the speaker her own
    data = brief("The shopworkers' union Usdaw said shops should close on Boxing Day. MSP Karen Hale said members of "
                 "the public had been very supportive.")
    assert [o for o in owners_of(data, "very supportive") if o[0] == "Usdaw"] == [], data["stakeholders"]


def test_a_committee_named_after_a_department_is_not_the_department() -> None:
    data = brief("Treasury committee chairman John Mills said the forecasts were too rosy.")
    assert owners_of(data, "too rosy") == [("John Mills", None)], data["stakeholders"]


@pytest.mark.parametrize("text, containing, expected", [
    # a subject joined to the sentence takes the floor from the speaker before
    ("Tom Reed said the plan was flawed. Paul Kane met the unions on Monday and he said a deal was close.",
     "deal was close", [("Paul Kane", None)]),
    # "The MP for X" after a named subject is that subject
    ("Tom Reed predicted the campaign would start soon. The MP for Hull North said the leader had been trying hard.",
     "trying hard", [("Tom Reed", None)]),
    # "the shadow chancellor" spoken of is not "the chancellor"
    ("Gordon Reed said the shadow chancellor's sums did not add up. The chancellor said Labour would not raise "
     "income tax.", "income tax", [("the government", "Gordon Reed")]),
    # a list after a name is no title
    ("Ann Hale attacked the record of Tom Reed, the broken promises on health, and the failures of the Conservative "
     "party. Mr Reed said the claims were false.", "claims were false", [("Tom Reed", None)]),
    # a clause after the tag's object is no reply
    ('Ann Hale lost her seat. "The voters have spoken," Ms Hale told reporters, the result still sinking in.',
     "voters have spoken", [("Ann Hale", None)]),
    # a refusal to demand stays a position
    ("The government will not force councils to sell their homes.", "sell their homes", [("the government", None)]),
    # the holder of a title named with its body
    ("Ann Hale, chief executive of Tesco, spoke at the launch. The chief executive of Tesco said sales were up.",
     "sales were up", [("Tesco", "Ann Hale")]),
    # allied unions' "they"
    ("Unison leader Ann Hale and GMB leader Tom Reed met on Monday. They said the offer was unacceptable.",
     "unacceptable", [("Unison", "Ann Hale")]),
])
def test_guards_from_the_fifth_code_review(text: str, containing: str, expected: list) -> None:
    # each was wrong at 42e760a, the code the review read
    data = brief(text)
    assert owners_of(data, containing) == expected, data["stakeholders"]
