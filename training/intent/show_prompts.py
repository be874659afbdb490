"""Print prompts of a shared dataset file for hand labelling: index, id and the text (long texts: head + tail).
usage: python3 training/intent/show_prompts.py FILE START END [HEAD_CHARS] [TAIL_CHARS]"""
import json
import sys

f, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
head = int(sys.argv[4]) if len(sys.argv) > 4 else 900
tail = int(sys.argv[5]) if len(sys.argv) > 5 else 300
with open(f, encoding="utf-8") as fh:
    rows = [json.loads(line) for line in fh if line.strip()]
for i in range(start, min(end, len(rows))):
    t = rows[i]["text"]
    body = t if len(t) <= head + tail + 50 else f"{t[:head]}\n   […{len(t) - head - tail} chars cut…]\n{t[-tail:]}"
    print(f"=== #{i} id={rows[i]['id']} ({len(t)} chars)\n{body}\n")
