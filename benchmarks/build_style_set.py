"""Build a style set's NAME.txt and NAME.gold.jsonl in DIR from DIR/src/NAME.src.

A .src file is the article with the gold speaker written right after each quotation's closing mark
(or at the end of the paragraph, for a quote left open across paragraphs): ⟦Name⟧, ⟦Name|Alias⟧,
or ⟦-⟧ for a quotation nobody said (a scare quote, a sign, a song title). A marker at the end of a
paragraph names the speaker of every unmarked quotation in that paragraph
(one speaker for a paragraph of quote, cue, quote). The markers are stripped
to give the article; each marker must sit exactly at the end of one quotation as the scorer's
quote_segments finds them (marks included), so a missed or extra quotation is an error, not a guess.
Gold offsets exclude the marks, as quotex reports them.

    python benchmarks/build_style_set.py tests/data/blind2     (needs ../shared/eval/quote_eval.py)

Used for tests/data/blind2 and tests/data/blind_us2 (tests/data/blind3 has its own [[Speaker|words]] format).
"""
import json
import os
import re
import sys

if len(sys.argv) != 2:
    sys.exit("usage: python benchmarks/build_style_set.py DIR")
OUT = os.path.abspath(sys.argv[1])
HERE = os.path.join(OUT, "src")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
from quote_eval import quote_segments  # noqa: E402

MARK = re.compile(r"⟦([^⟧]*)⟧")
CLOSE = "\u201d\u2019\"'\u00bb"
bad = 0
for fn in sorted(os.listdir(HERE)):
    if not fn.endswith(".src"):
        continue
    name = fn[:-4]
    src = open(os.path.join(HERE, fn), encoding="utf-8", newline="").read()
    parts, marks, pos, last = [], {}, 0, 0
    for m in MARK.finditer(src):
        parts.append(src[last:m.start()])
        pos += m.start() - last
        last = m.end()
        marks[pos] = m.group(1)
    parts.append(src[last:])
    text = "".join(parts)
    segs = quote_segments(text)
    recs = []
    ends = {b for _, b in segs}
    for p in list(marks):
        if not (p == len(text) or text[p] == "\n"):
            continue
        pstart = text.rfind("\n", 0, p) + 1
        hit = [b for a, b in segs if a >= pstart and b <= p and b not in marks]
        for b in hit:
            marks[b] = marks[p]
        if hit and p not in ends:
            del marks[p]
    for a, b in segs:
        if b not in marks:
            print(f"{name}: no speaker for quote at {a}: {text[a:a+50]!r}")
            bad += 1
            continue
        s = marks[b]
        start, end = a + 1, b
        if text[b - 1] in CLOSE:
            end = b - 1
        names = s.split("|")
        rec = {"start": start, "end": end, "text": text[start:end],
               "speaker_name": None if names[0] == "-" else names[0]}
        if len(names) > 1:
            rec["aliases"] = names[1:]
        assert text[rec["start"]:rec["end"]] == rec["text"]
        recs.append(rec)
    for p in marks:
        if p not in ends:
            print(f"{name}: marker {marks[p]!r} at {p} ends no quote: {text[max(0,p-50):p]!r}")
            bad += 1
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    with open(os.path.join(OUT, name + ".gold.jsonl"), "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    words = len(text.split())
    print(f"{name}: {words} words, {len(recs)} quotes, {sum(r['speaker_name'] is None for r in recs)} unsourced")
print("bad", bad)
