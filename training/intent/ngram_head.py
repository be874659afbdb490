"""The n-gram head: TF-IDF (word 1-2-grams + char 2-4-grams within words) + logistic regression, trained on the same
training split as the encoder and shipped beside it as ngram.json. The app multiplies its probabilities into the
model's (p ∝ p_model · p_rules^w_r · p_ngram^w_n, weights chosen on dev by eval.ts), because its errors differ from the
encoder's: on dev it adds ~1 point overall and ~3 on real prompts (see MODEL_CARD.md).

It is the baseline's recipe (baseline.py) with 20k instead of 60k features per vectorizer, which keeps the file
small (dev accuracy of the blend: 0.850 with 20k, 0.851 with 60k). Weights are stored as int8 per class (symmetric,
one scale per class); the parity fixture holds probabilities computed from those int8 weights, so
src/inference/ngram-head.test.ts checks the TypeScript featurizer and scorer against sklearn exactly.

A second linear layer over the same features plus three length features (length_features) predicts complexity. The
complexity labels are a heuristic of length, parts and constraints (common.complexity_of), which this layer learns
better than the encoder's head: dev accuracy 0.963 vs 0.912 (F1 on complex prompts 0.90). With it, the app can also skip the encoder for prompts
whose cheap heads already agree (src/inference/classifier.ts) without losing complexity accuracy.

Writes WORK/ngram.json and WORK/ngram_parity.json (project-written texts only: chat prompts, short asks and edge cases)."""
from __future__ import annotations

import base64
import json
import sys

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from common import COMPLEXITIES, LABELS, ROOT, WORK, cut_text

FEATURES = 20000
CUT = 3000  # characters (code points) of each text the head reads, as in baseline.py


def rows(path):
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def vectorizers(features: int = FEATURES):
    """Word 1-2-grams and in-word char 2-4-grams, the recipe of both this head and the baseline (baseline.py)."""
    w = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=features, dtype=np.float64)
    c = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=3, sublinear_tf=True, max_features=features,
                        dtype=np.float64)
    return w, c


def length_features(text: str) -> list[float]:
    """Length of the text the app gives the heads (cut_text): code points, whitespace-separated words and line breaks,
    as log(1 + n). src/inference/ngram-head.ts computes the same three numbers. Unscaled, so that the L2 penalty does not
    hold their weights down: dividing them by ~10 lost 5 points of F1 on complex prompts on dev."""
    return [float(np.log1p(len(text))), float(np.log1p(len(text.split()))), float(np.log1p(text.count("\n")))]


def quantize(coef):
    """int8 per class (symmetric, one scale per class): coef [features, classes] → (q, scale)."""
    scale = np.abs(coef).max(axis=0) / 127.0
    return np.clip(np.round(coef / scale), -127, 127).astype(np.int8), scale


def block(vec):
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    return {"vocab": vocab, "idf": [round(float(x), 6) for x in vec.idf_]}


def softmax_rows(logits):
    logits = logits - logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def main() -> None:
    tr = rows(WORK / "data/train.jsonl")
    texts = [r["text"][:CUT] for r in tr]
    w, c = vectorizers()
    X = hstack([w.fit_transform(texts), c.fit_transform(texts)]).tocsr()
    clf = LogisticRegression(C=10.0, max_iter=300, class_weight="balanced")
    clf.fit(X, [r["label"] for r in tr])
    order = [list(clf.classes_).index(t) for t in LABELS]
    coef = clf.coef_[order].T  # [features, 13] in LABELS order
    intercept = clf.intercept_[order]
    q, scale = quantize(coef)

    # Complexity: the same n-gram features plus length features of the text as the app cuts it.
    L = np.array([length_features(cut_text(r["text"])) for r in tr])
    cx = LogisticRegression(C=1.0, max_iter=1000)
    cx.fit(hstack([X, csr_matrix(L)]).tocsr(), [r["complexity"] for r in tr])
    cx_order = [list(cx.classes_).index(c) for c in COMPLEXITIES]
    cx_coef = cx.coef_[cx_order].T  # [features + 3, 3]
    cx_q, cx_scale = quantize(cx_coef[:-3])
    cx_len = cx_coef[-3:]  # [3, 3], kept as floats
    cx_intercept = cx.intercept_[cx_order]

    # The stored idf is rounded; score the fixture with exactly what is shipped.
    w.idf_ = np.array(block(w)["idf"])
    c.idf_ = np.array(block(c)["idf"])
    head = {
        "name": "intent-ngram-head", "labels": LABELS, "cut_chars": CUT,
        "word": {"ngram_range": [1, 2], **block(w)},
        "char_wb": {"ngram_range": [2, 4], **block(c)},
        "coef_int8": base64.b64encode(q.tobytes()).decode("ascii"),
        "coef_scale": [float(s) for s in scale],
        "intercept": [float(b) for b in intercept],
        "complexity": {
            "labels": COMPLEXITIES,
            "coef_int8": base64.b64encode(cx_q.tobytes()).decode("ascii"),
            "coef_scale": [float(s) for s in cx_scale],
            "length_coef": [[float(v) for v in row] for row in cx_len],
            "intercept": [float(b) for b in cx_intercept],
        },
        "train_rows": len(tr),
    }
    (WORK / "ngram.json").write_text(json.dumps(head, ensure_ascii=False, separators=(",", ":")))

    deq = q.astype(np.float64) * scale
    data = ROOT / "training/data"
    fixture_texts = [r["text"] for r in rows(data / "chat_prompts.jsonl")[:250]] + [r["text"] for r in rows(data / "probe_short_asks.jsonl")]
    fixture_texts += [
        "x", "ok", "Ünïcödé ÇAFÉ straße İstanbul ΣΟΦΙΑ", "写一封邮件给我的老板，请假两天", "Привет! Напиши стихотворение о зиме.",
        "tabs\tand\nnewlines\r\n  and   spaces", "emoji 🚀🔥 in a prompt 👍🏽", "snake_case_names and 12345 numbers 3.14",
        "a" * 5000, "مرحبا، كيف حالك؟ اكتب لي قصة قصيرة", "hello\u00a0world\u2003wide\u200bzero", "__init__ ___ _x_ x_",
        "नमस्ते दुनिया, एक कविता लिखो", "café naïve ２０２４年 ½ x²", "ﬁne Straße ǅemal", "עִבְרִית", "sep\x1carated\x1funits\x85next",
    ]
    ft = [t[:CUT] for t in fixture_texts]
    Xf = hstack([w.transform(ft), c.transform(ft)]).tocsr()
    p = softmax_rows(Xf @ deq + intercept)
    Lf = np.array([length_features(t) for t in fixture_texts])
    pc = softmax_rows(Xf @ (cx_q.astype(np.float64) * cx_scale) + Lf @ cx_len + cx_intercept)
    (WORK / "ngram_parity.json").write_text(json.dumps(
        [{"text": t, "probs": [round(float(x), 7) for x in row], "complexity": [round(float(x), 7) for x in crow]}
         for t, row, crow in zip(fixture_texts, p, pc)], ensure_ascii=False))
    print(f"ngram head: {len(tr)} rows, {len(head['word']['vocab'])} word + {len(head['char_wb']['vocab'])} char features",
          file=sys.stderr)


if __name__ == "__main__":
    main()
