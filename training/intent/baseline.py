"""TF-IDF + logistic-regression baseline trained on the same training split (word 1-2-grams + in-word char 2-4-grams,
60k features each: ngram_head.vectorizers).
Writes .work/baseline_preds.json: {split: {id: label}} for test and bbh, plus the PyTorch model's test predictions
when .work/model.pt exists (so the card can show fp32 PyTorch vs shipped ONNX)."""
from __future__ import annotations

import json
import sys

from scipy.sparse import hstack
from sklearn.linear_model import LogisticRegression

from common import ROOT, WORK
from ngram_head import vectorizers


def rows(split):
    return [json.loads(line) for line in (WORK / f"data/{split}.jsonl").open(encoding="utf-8")]


def main() -> None:
    tr = rows("train")
    texts = [r["text"][:3000] for r in tr]
    w, c = vectorizers(60000)
    X = hstack([w.fit_transform(texts), c.fit_transform(texts)]).tocsr()
    y = [r["label"] for r in tr]
    clf = LogisticRegression(C=10.0, max_iter=300, class_weight="balanced")
    clf.fit(X, y)
    out = {}
    for split in ("dev", "test", "bbh"):
        rs = rows(split)
        t = [r["text"][:3000] for r in rs]
        Xs = hstack([w.transform(t), c.transform(t)]).tocsr()
        out[split] = dict(zip([r["id"] for r in rs], clf.predict(Xs).tolist()))
    for key, name in (("probe", "probe_short_asks.jsonl"), ("probe_everyday", "probe_everyday_asks.jsonl")):
        probe = ROOT / "training/data" / name
        if probe.exists():
            rs = [json.loads(line) for line in probe.open(encoding="utf-8") if line.strip()]
            t = [r["text"][:3000] for r in rs]
            out[key] = dict(zip([r["id"] for r in rs], clf.predict(hstack([w.transform(t), c.transform(t)]).tocsr()).tolist()))
    (WORK / "baseline_preds.json").write_text(json.dumps(out))
    print(f"baseline done: {len(tr)} train rows", file=sys.stderr)


if __name__ == "__main__":
    main()
