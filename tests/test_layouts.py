"""News layouts where the page's shape says who speaks (quotex.attribution.rules.layout, the ``signoff`` rule).

Each row: a short document we wrote, one quote in it (its words as quotex reports them), the
expected canonical speaker name (None: no speaker) and the method (None: any method but the
layout's own). Offsets are checked on every quote: text[start:end] == quote text.
"""
import json
import subprocess
import sys

import pytest

from quotex.attribution.attribute import DocState
from quotex.text.windows import extract_text

from conftest import invoke

SIGNOFFS = [
    # A list of quotes, each signed after a horizontal bar on its own line.
    ("Readers told us what the storm meant to them.\n\n“We lost the roof but not our hope.” ― Pamela Ruiz\n\n"
     "“The water came in an hour.” ― Dev Patel",
     "We lost the roof but not our hope.", "Pamela Ruiz", "signoff"),
    ("Readers told us what the storm meant to them.\n\n“We lost the roof but not our hope.” ― Pamela Ruiz\n\n"
     "“The water came in an hour.” ― Dev Patel",
     "The water came in an hour.", "Dev Patel", "signoff"),
    # Straight marks, a hyphen and the platform after a comma.
    ('Reaction came quickly.\n\n"The city was ready this time." - Tom Hale, Twitter',
     "The city was ready this time.", "Tom Hale", "signoff"),
    # An em dash, a title before the name and a time after it (Canadian style).
    ("Flooding closed the bridge.\n\n\"I have never seen water this high.\" — Mayor Ann Lee, on Tuesday",
     "I have never seen water this high.", "Ann Lee", "signoff"),
    # The sign-off on the next line.
    ("Quote of the day:\n\n“Taxes will not rise this year.”\n\n— Doug Ford, Ontario premier",
     "Taxes will not rise this year.", "Doug Ford", "signoff"),
    # An organisation signs too.
    ("The recall was announced on Friday.\n\n“We regret the error.” — Acme Foods, in a statement",
     "We regret the error.", "Acme Foods", "signoff"),
    # A handle and the platform after "on"/"via" (HuffPost Canada reader roundups).
    ("Readers weighed in.\n\n\"Nobody asked us.\" - Asha Patel, Twitter\n\n\"It's about time.\" — @cyclingmom on Twitter",
     "It's about time.", "@cyclingmom", "signoff"),
    ("Fans reacted overnight.\n\n“What a goal.” — Marc-André Dupuis via Instagram",
     "What a goal.", "Marc-André Dupuis", "signoff"),
    ("Quote of the day:\n\n“We are not leaving.”\n\n— Sylvie Bouchard on Facebook",
     "We are not leaving.", "Sylvie Bouchard", "signoff"),
    # A body's name with small words in it, and a lower-case modifier before a title (US reaction lists).
    ("Advocates reacted Friday.\n\n\"We will keep fighting in the legislature.\" — Iowa Right to Life\n\n"
     "\"I'm relieved, but I'm not naive.\" — state Rep. Jennifer Konfrst, House Democratic leader",
     "We will keep fighting in the legislature.", "Iowa Right to Life", "signoff"),
    ("Advocates reacted Friday.\n\n\"We will keep fighting in the legislature.\" — Iowa Right to Life\n\n"
     "\"I'm relieved, but I'm not naive.\" — state Rep. Jennifer Konfrst, House Democratic leader",
     "I'm relieved, but I'm not naive.", "Jennifer Konfrst", "signoff"),
    ("Reaction was swift.\n\n“This is a good day for the league.” — former Commissioner Ann Marsh",
     "This is a good day for the league.", "Ann Marsh", "signoff"),
    ("Reaction was swift.\n\n“Clean water is a right.” — League of Women Voters of Ohio",
     "Clean water is a right.", "League of Women Voters of Ohio", "signoff"),
    # Negative: lower-case words that are no title's modifiers ("said") are the reporter's sentence.
    ("The vote was close.\n\n“We will win” — said Ann Lee, again and again.", "We will win", None, None),
    # Negative: "on" followed by lower case goes on as the reporter's sentence.
    ("The vote was close.\n\n“We will win” — Lee on the campaign trail, again and again.", "We will win", None, None),
    # Negative: a dash inside a sentence that goes on is no sign-off.
    ("The council met on Monday.\n\n“A mess” - Lee, however, disagreed with that view.",
     "A mess", None, None),
    # Negative: the quote sits inside the reporter's sentence.
    ("He called the plan “a mess” - Ann Lee did not.", "a mess", None, None),
    # Negative: lower case after the dash is the reporter's sentence.
    ("The vote was close.\n\n“We will win” — that is what Maria Diaz told voters.", "We will win", None, None),
]

TRANSCRIPT = ("Fox News host Chris Wallace pressed Senator Ann Lee on the budget on Sunday. Part of the "
              "exchange:\n\n\"WALLACE: Will you vote for the bill?\n\n\"LEE: I will vote for it if the money "
              "for schools stays in.\n\n\"WALLACE: And if it does not?\n\n\"LEE: Then I will not.\n\n"
              "\"NOTE: This transcript has been edited for length.")
TOWN_HALL = ("Mayor Ann Lee took questions at a town hall in Halifax.\n\n\"PARTICIPANT: Will the rink reopen "
             "this winter?\n\n\"MAYOR LEE: It will, and the pool after it.\n\n\"MODERATOR: We have time for "
             "one more question.")
INTERVIEW = ("Ann Lee, the new fire chief, sat down with the Herald this week.\n\n\"Q: Why did you take the "
             "job?\n\n\"A: Because the town needs a plan.\n\n\"Q: What comes first?\n\n\"A: New trucks.")
TRANSCRIPTS = [
    (TRANSCRIPT, "Will you vote for the bill?", "Chris Wallace", "transcript"),
    (TRANSCRIPT, "I will vote for it if the money for schools stays in.", "Ann Lee", "transcript"),
    (TRANSCRIPT, "And if it does not?", "Chris Wallace", "transcript"),
    (TRANSCRIPT, "Then I will not.", "Ann Lee", "transcript"),
    # Negative: a label that tags the page, not a speaker, keeps its words and credits nobody.
    (TRANSCRIPT, "NOTE: This transcript has been edited for length.", None, None),
    (TOWN_HALL, "Will the rink reopen this winter?", "participant", "transcript"),
    (TOWN_HALL, "It will, and the pool after it.", "Ann Lee", "transcript"),
    (TOWN_HALL, "We have time for one more question.", "moderator", "transcript"),
    (INTERVIEW, "Because the town needs a plan.", "Ann Lee", "transcript"),
    (INTERVIEW, "New trucks.", "Ann Lee", "transcript"),
    (INTERVIEW, "What comes first?", "interviewer", "transcript"),
    # A document label before the transcript does not outweigh the line's own label.
    ("Ann Lee spoke to the council on Monday.\n\nPartial transcript as follows:\n\n"
     "\"LEE: We will not give up on this town.\"", "We will not give up on this town.", "Ann Lee", "transcript"),
    # A single line in curly marks, closed: the surname resolves to the article's full name.
    ("Mayor Ann Lee spoke after the fire.\n\n“MAYOR LEE: We will rebuild every home.”",
     "We will rebuild every home.", "Ann Lee", "transcript"),
    # Negatives: a speaker's own "Look:" is words, not a label; "UPDATE:" in a cued quote; "Q:"
    # inside the reporter's sentence; one capitalised word the article never names as a person.
    ('"Look: we will win this," Ann Lee said.', "Look: we will win this,", "Ann Lee", "cue"),
    ('"UPDATE: the vote is delayed," the council said in a post.', "UPDATE: the vote is delayed,",
     "council", "cue"),
    ('The guide is short.\n\n"Q: What is the plan?" is its first line.', "Q: What is the plan?", None, None),
    ('The sign was clear.\n\n"STOP: Road closed ahead."', "STOP: Road closed ahead.", None, None),
]

LIST = ("Premier Rachel Notley laid out her plan on Thursday.\n\n\"We have three goals,\" Notley said.\n\n"
        "\"FIRST: build the pipeline.\n\n\"SECOND: protect the jobs we have.\"")
TRANSCRIPTS += [
    # Negative: capitals that number a speaker's own points are no speakers; she goes on.
    (LIST, "FIRST: build the pipeline.", "Rachel Notley", "continuation"),
    (LIST, "SECOND: protect the jobs we have.", "Rachel Notley", "continuation"),
]

CONVERSATION = ("Ann Lee met the new coach, Tom Hale, at the airport on Monday.\n\n"
                "\"Are you ready for the season?\" Lee asked Hale.\n\n\"Maybe. We have work to do.\"\n\n"
                "\"What kind of work?\" Lee asked.\n\n\"Defence, mostly,\" Hale said.\n\n\"Why defence?\"\n\n"
                "\"Because we gave up too many goals last year.\"")
MONOLOGUE = ("Maria Diaz spoke to the press after the game.\n\n\"We will win the title,\" Diaz said.\n\n"
             "\"Nobody can stop us.\"\n\n\"Who will pay for the new arena?\" Diaz asked.\n\n"
             "\"Not the taxpayers, that much is sure.\"")
QUESTION_BACK = ("Ann Lee called the coach, Tom Hale, on Sunday.\n\n\"Will you stay another year?\" Lee asked "
                 "Hale.\n\n\"No,\" Hale said. \"Why would I?\"\n\n\"Because the club needs you.\"")
RHETORIC = ("The debate turned to taxes.\n\n\"We cut them twice,\" said Tom Hale.\n\n"
            "\"And who paid for that?\" Ann Lee asked.\n\n\"The schools did.\"")
CONVERSATIONS = [
    # The answer to a question put to someone is theirs.
    (CONVERSATION, "Maybe. We have work to do.", "Tom Hale", "conversation"),
    # Question, answer, question again: the asker's turn.
    (CONVERSATION, "Why defence?", "Ann Lee", "conversation"),
    # And the answer after it is the other party's.
    (CONVERSATION, "Because we gave up too many goals last year.", "Tom Hale", "conversation"),
    # A question answered with a question back: the reply is the first asker's.
    (QUESTION_BACK, "Because the club needs you.", "Ann Lee", "conversation"),
    # Negatives: one speaker going on, a rhetorical question with nobody asked.
    (MONOLOGUE, "Nobody can stop us.", "Maria Diaz", "continuation"),
    (MONOLOGUE, "Not the taxpayers, that much is sure.", "Maria Diaz", "continuation"),
]


def quotes_of(nlp, text):
    found = list(extract_text(text, nlp, state=DocState(all_quotes=True)))
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
    return {q.text: q for q in found}


@pytest.mark.parametrize("text, quote, name, method", SIGNOFFS + TRANSCRIPTS + CONVERSATIONS)
def test_layouts(nlp, text, quote, name, method):
    got = quotes_of(nlp, text)
    assert quote in got, sorted(got)
    q = got[quote]
    if method is None:
        # Not the layout's own reading: no speaker, or one found by an ordinary rule.
        assert q.method not in ("signoff", "transcript", "conversation")
        if name is None:
            assert q.speaker is None or q.method not in ("signoff", "transcript")
        return
    assert q.method == method
    assert q.speaker is not None and q.speaker.name == name


def test_transcript_label_is_speaker_not_text(nlp):
    got = quotes_of(nlp, TRANSCRIPT)
    q = got["Will you vote for the bill?"]
    assert q.speaker.text == "WALLACE"
    # The label sits inside the marks, right before the quote's own words.
    assert TRANSCRIPT[q.speaker.end:q.start] == ": "
    assert all(not t.startswith(("WALLACE", "LEE")) for t in got)


def test_rhetorical_question_needs_an_addressee(nlp):
    # Hale spoke, then Lee asked a question of nobody in particular and an uncued paragraph
    # follows: a rhetorical question the asker answers herself, so the last speaker goes on.
    got = quotes_of(nlp, RHETORIC)
    q = got["The schools did."]
    assert (q.speaker.name, q.method) == ("Ann Lee", "continuation")


def test_signoff_title_is_kept(nlp):
    got = quotes_of(nlp, SIGNOFFS[3][0])
    sp = got["I have never seen water this high."].speaker
    assert (sp.text, sp.title) == ("Mayor Ann Lee", "Mayor")


def test_signoff_kinds_and_titles(nlp):
    # "— Iowa Right to Life" signs for a body; "— state Rep. …" keeps its title whole; a title read
    # from an apposition stops at its paragraph, not at the next list item.
    text = SIGNOFFS[9][0]
    got = quotes_of(nlp, text)
    org = got["We will keep fighting in the legislature."].speaker
    rep = got["I'm relieved, but I'm not naive."].speaker
    assert org.kind == "organization"
    assert (rep.text, rep.name, rep.title) == ("state Rep. Jennifer Konfrst", "Jennifer Konfrst", "state Rep.")
    listed = ("Reactions came in.\n\n\"Women have their rights back.\" — Rita Hart, chair of the Iowa Democratic "
              "Party\n\n\"We will keep fighting.\" — Iowa Right to Life")
    hart = quotes_of(nlp, listed)["Women have their rights back."].speaker
    assert hart.name == "Rita Hart" and "\n" not in (hart.title or "")


def _rows(out: str):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_cli_reads_layouts(tmp_path):
    path = tmp_path / "layouts.txt"
    path.write_text(SIGNOFFS[0][0] + "\n\n" + TRANSCRIPT, encoding="utf-8")
    res = invoke("extract", path, "--format", "jsonl")
    assert res.exit_code == 0, res.output
    rows = {r["text"]: r for r in _rows(res.stdout)}
    assert rows["We lost the roof but not our hope."]["speaker"]["name"] == "Pamela Ruiz"
    assert rows["And if it does not?"]["speaker"]["name"] == "Chris Wallace"
    text = path.read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows.values())
    proc = subprocess.run([sys.executable, "-c", "from quotex.cli import run; run()", "extract", str(path),
                           "--format", "jsonl"], capture_output=True, text=True, timeout=300, check=True)
    assert _rows(proc.stdout) == _rows(res.stdout)
