"""Literal "\\n" paragraph breaks (an archive's escaped body): read as real breaks, offsets kept."""
import json
import os
import subprocess
import sys

import pytest

import quotex
from quotex.text.breaks import with_breaks

BS = "\\"


@pytest.mark.parametrize("text, breaks", [
    # paragraphs joined by escaped breaks, after a full stop, a closing mark or another break
    (f'Lee spoke.{BS}n{BS}n"We will win," she said.{BS}n{BS}nHale left.', True),
    (f'“We will win.”{BS}nHale left.{BS}nThe end.', True),
    # a headline without a stop: the break before a capital or a quote mark counts
    (f'Council votes on transit{BS}n{BS}nCouncil met on Monday.', True),
    # a path, a lone escape, or one break only: left as written
    (f'Files in C:{BS}news and D:{BS}new were lost.', False),
    (f'He typed "{BS}n" by mistake.', False),
    (f'Lee spoke.{BS}nHale left.', False),
    ("No escapes here.\n\nReal breaks.", False),
])
def test_with_breaks(text, breaks):
    out = with_breaks(text)
    assert len(out) == len(text)
    assert (out != text) == breaks
    if breaks:
        assert BS + "n" not in out.replace(f"C:{BS}n", "")
        assert "\n\n" in out


def test_quotes_across_escaped_paragraphs_keep_offsets(nlp):
    text = (f'Council approves transit line{BS}n{BS}n"This is the biggest investment we have made," says Mayor '
            f'Karen Dubois.{BS}n{BS}nHer neighbour, Sandeep Gill, watched the vote.{BS}n{BS}n"It was worth the wait,"'
            f' said Gill.{BS}n{BS}nThe RCMP said in a release that the road will close.')
    quotes = quotex.extract(text, nlp=nlp)
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("This is the biggest investment we have made,", "Karen Dubois"),
        ("It was worth the wait,", "Sandeep Gill")]
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.speaker.start:q.speaker.end] == q.speaker.text == q.speaker.text.strip()


def test_cli_reads_escaped_breaks(tmp_path):
    path = tmp_path / "escaped.txt"
    text = (f'Dog park opens{BS}n{BS}n"It is a great day for dogs," said Coun. Mary Tan.{BS}n{BS}n'
            f'"Not for the grass," said neighbour Tom Okonjo.')
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", "from quotex.cli import run; run()", "extract", str(path),
                          "--format", "json", "--include-text"], capture_output=True, text=True, check=True)
    doc = json.loads(out.stdout)
    assert doc["text"] == text  # the input as given, escapes and all
    assert [(q["speaker"]["name"], doc["text"][q["start"]:q["end"]]) for q in doc["quotes"]] == [
        ("Mary Tan", "It is a great day for dogs,"), ("Tom Okonjo", "Not for the grass,")]
