"""Check a `brief batch --jsonl` output against its source files: brief/1, unique ids, lossless.

For every line: the schema is brief/1; the source file's sha256 and length match `sources[0]`;
every summary, fact, statement, cue and speaker span equals `text[start:end]` of the file.
Usage: .venv/bin/python reports/check_batch_jsonl.py /tmp/bbc.jsonl
"""
import json, hashlib, sys
from pathlib import Path
ids=set(); bad=[]; nst=0; nsp=0; nonutf=0; empty=0; n=0
for line in open(sys.argv[1], encoding="utf-8"):
    o=json.loads(line); b=o["brief"]; ids.add(o["id"]); n+=1
    if b["schema"]!="brief/1": bad.append((o["id"],"schema"))
    src=b["sources"][0]
    if not b["stakeholders"]: empty+=1
    if src["encoding"] is not None: nonutf+=1; continue
    text=Path(src["path"]).read_bytes().decode("utf-8")
    if hashlib.sha256(text.encode()).hexdigest()!=src["sha256"] or src["chars"]!=len(text): bad.append((o["id"],"sha/chars"))
    spans=[(x["text"],x["start"],x["end"]) for x in b["summary"]+b["facts"]]
    for s in b["stakeholders"]:
        for st in s["positions"]+s["demands"]:
            nst+=1
            spans += [(st["text"],st["start"],st["end"]),(st["cue"],st["cue_start"],st["cue_end"])]
            if st["speaker"] is not None: spans.append((st["speaker"],st["speaker_start"],st["speaker_end"]))
    nsp+=len(spans)
    bad += [(o["id"],a,z) for t,a,z in spans if text[a:z]!=t]
print(f"{n} lines, {len(ids)} unique ids, all brief/1 unless listed; non-UTF-8 sources {nonutf}; statements {nst}; "
      f"spans checked {nsp}; mismatches {len(bad)} {bad[:5]}; briefs with no stakeholders {empty}")
