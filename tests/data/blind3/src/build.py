"""Build blind3 NAME.txt + NAME.gold.jsonl from NAME.src: quotes are marked [[Speaker|words]] ('-' = no speaker)."""
import glob, json, os, re
M = re.compile(r"\[\[([^|\]]+)\|(.+?)\]\]", re.S)
here = os.path.dirname(os.path.abspath(__file__))
for src in sorted(glob.glob(os.path.join(here, "*.src"))):
    raw = open(src, encoding="utf-8").read()
    out, gold, pos = [], [], 0
    n = 0
    for m in M.finditer(raw):
        out.append(raw[pos:m.start()]); n += len(raw[pos:m.start()])
        spk, words = m.group(1), m.group(2)
        gold.append({"start": n, "end": n + len(words), "text": words, "speaker_name": None if spk == "-" else spk})
        out.append(words); n += len(words); pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    for g in gold:
        assert text[g["start"]:g["end"]] == g["text"]
    name = os.path.join(here, "..", os.path.basename(src)[:-4])
    open(name + ".txt", "w", encoding="utf-8").write(text)
    with open(name + ".gold.jsonl", "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(os.path.basename(name), len(text.split()), "words", len(gold), "quotes")
