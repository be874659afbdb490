"""Masked-LM pretraining of the intent encoder on unlabelled prompt-like text (CPU, seeded, a fixed number of steps).

Writes .work/pretrained.pt (encoder weights for `train.py --init`) and .work/pretrain_log.json (held-out MLM loss and
accuracy over time).

Corpus, chosen so that no dev/test row is seen, not even without its label: every training-split text; the rows of
the source datasets that assembly left out (dolly's capped open_qa rows, unused gsm8k, gpteacher and
awesome-chatgpt-prompts rows, all ifeval prompts) and dolly's reference passages, minus any row whose id is in dev or
test, any text equal to a dev/test/bbh text after normalisation and any near-duplicate of one (TF-IDF cosine ≥ the
split's threshold). BIG-bench Hard is left out entirely (eval-only canary). 2% of it is held out
for the MLM metrics.

Masking as BERT/DeBERTa: 15% of the non-special tokens; of those 80% → [MASK], 10% → a random token, 10% unchanged.

Usage: python3 pretrain.py [--steps 1250] [--minutes 90] [--bs 32]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import time
from collections import Counter

THREADS = int(os.environ.get("INTENT_THREADS", "1"))
os.environ.setdefault("OMP_NUM_THREADS", str(THREADS))
os.environ.setdefault("MKL_NUM_THREADS", str(THREADS))

import sentencepiece as spm
import torch

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from assemble import NEAR_DUP, norm
from common import DATA, ROOT, WORK, cut_text
from model import Config, IntentModel
from train import batches, pad, truncate_ids

MASK_P = 0.15


def jl(path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def corpus() -> tuple[list[str], dict]:
    split = {s: list(jl(WORK / f"data/{s}.jsonl")) for s in ("train", "dev", "test", "bbh")}
    probe = ROOT / "training/data/probe_short_asks.jsonl"  # held out by eval.ts like dev/test
    split["probe"] = list(jl(probe)) if probe.exists() else []
    held_ids = {r["id"] for s in ("dev", "test", "bbh", "probe") for r in split[s]}
    held_text = {norm(r["text"]) for s in ("dev", "test", "bbh", "probe") for r in split[s]}
    train_ids = {r["id"] for r in split["train"]}
    texts: list[tuple[str, str]] = [("train split", r["text"]) for r in split["train"]]

    def extra(src: str, rid: str, *fields: str) -> None:
        if rid in held_ids or rid in train_ids:
            return
        for t in fields:
            if isinstance(t, str) and len(t.strip()) >= 12 and norm(t) not in held_text:
                texts.append((src, t.strip()))

    for r in jl(DATA / "dolly-15k/databricks-dolly-15k.jsonl"):
        extra("dolly", r["id"], r["text"])
        # Reference passages carry no label information; a held-out row's passage stays out all the same.
        if r["id"] not in held_ids:
            ctx = r.get("context")
            if isinstance(ctx, str) and len(ctx) >= 12 and norm(ctx) not in held_text:
                texts.append(("dolly passages", ctx.strip()))
    # BIG-bench Hard stays out entirely: it is the never-trained-on canary set, and its templated tasks are near-copies
    # of each other.
    for name in ("gsm8k/gsm8k.jsonl", "gpteacher/gpteacher_codegen.jsonl", "gpteacher/gpteacher_roleplay.jsonl",
                 "ifeval/ifeval_prompts.jsonl", "mbpp/mbpp.jsonl", "humaneval/humaneval.jsonl"):
        for r in jl(DATA / name):
            extra(name.split("/")[0], r["id"], r["text"])
    csv.field_size_limit(10**9)
    with (DATA / "awesome-chatgpt-prompts/prompts.csv").open(encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f), 1):
            extra("awesome-chatgpt-prompts", f"acp-{i}", row.get("prompt", ""))
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for src, t in texts:
        k = norm(t)
        if k not in seen:
            seen.add(k)
            out.append((src, t))
    # Near-duplicates of held-out rows go too (same TF-IDF cosine and threshold as the split).
    n_train = len(split["train"])
    held = [norm(r["text"])[:3000] for s in ("dev", "test", "bbh", "probe") for r in split[s]]
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, dtype=np.float32)
    X = vec.fit_transform(held + [norm(t)[:3000] for _, t in out])
    H, E = X[:len(held)].T.tocsc(), X[len(held):]
    near = set()
    for s in range(0, E.shape[0], 2000):
        S = (E[s:s + 2000] @ H).tocoo()
        near.update(int(i) + s for i in S.row[S.data >= NEAR_DUP])
    # Training rows were already kept apart from dev/test by the split; only the extra text is filtered.
    kept = [(src, t) for i, (src, t) in enumerate(out) if i < n_train or i not in near]
    stats = {"texts_by_source": dict(Counter(src for src, _ in kept)),
             "near_duplicates_of_held_rows_dropped": dict(Counter(out[i][0] for i in near if i >= n_train))}
    print("pretraining corpus:", json.dumps(stats), file=sys.stderr)
    return [t for _, t in kept], stats


def mask_tokens(x: torch.Tensor, m: torch.Tensor, vocab: int, mask_id: int, gen: torch.Generator):
    """Returns (inputs, labels) with labels = -100 where no prediction is asked."""
    special = (x <= 4) | (m == 0)  # [PAD] 0, [CLS] 1, [SEP] 2, [UNK] 3, [MASK] 4 (tokenizer.py SPECIALS)
    pick = (torch.rand(x.shape, generator=gen) < MASK_P) & ~special
    labels = torch.where(pick, x, torch.full_like(x, -100))
    r = torch.rand(x.shape, generator=gen)
    inputs = x.clone()
    inputs[pick & (r < 0.8)] = mask_id
    rnd = pick & (r >= 0.8) & (r < 0.9)
    inputs[rnd] = torch.randint(5, vocab, x.shape, generator=gen)[rnd]
    return inputs, labels


def mlm_loss(model: IntentModel, x, m, labels):
    h = model.encode(x, m)
    sel = labels != -100
    logits = model.mlm_head(h[sel])
    loss = torch.nn.functional.cross_entropy(logits, labels[sel])
    acc = (logits.argmax(-1) == labels[sel]).float().mean()
    return loss, acc


@torch.no_grad()
def evaluate(model, rows, vocab, mask_id, bs=64) -> dict:
    model.eval()
    gen = torch.Generator().manual_seed(7)  # same masks every evaluation
    tot, acc, n = 0.0, 0.0, 0
    for s in range(0, len(rows), bs):
        ids = list(range(s, min(len(rows), s + bs)))
        x, m = pad(rows, ids)
        inp, lab = mask_tokens(x, m, vocab, mask_id, gen)
        if (lab != -100).sum() == 0:
            continue
        loss, a = mlm_loss(model, inp, m, lab)
        k = int((lab != -100).sum())
        tot += float(loss) * k
        acc += float(a) * k
        n += k
    model.train()
    return {"mlm_loss": tot / max(1, n), "mlm_acc": acc / max(1, n), "masked_tokens": n}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=1340, help="optimizer steps (the schedule's length)")
    ap.add_argument("--minutes", type=float, default=90.0, help="wall-clock cap; the run stops early when reached")
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--layers", type=int, default=Config.layers)
    ap.add_argument("--ffn", type=int, default=Config.ffn)
    ap.add_argument("--out", default=str(WORK / "pretrained.pt"))
    a = ap.parse_args()
    torch.set_num_threads(THREADS)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    mask_id = sp.piece_to_id("[MASK]")
    if mask_id == sp.unk_id():
        raise SystemExit("spm.model has no [MASK] piece; rerun tokenizer.py")
    vocab = sp.get_piece_size()
    texts, corpus_stats = corpus()
    rng.shuffle(texts)
    rows = [{"ids": truncate_ids(sp.encode(cut_text(t)))} for t in texts]
    n_dev = max(200, len(rows) // 50)
    dev, train = rows[:n_dev], rows[n_dev:]
    n_tok = sum(len(r["ids"]) for r in train)
    print(f"pretraining corpus: {len(train)} texts, {n_tok} tokens; held out {len(dev)}", file=sys.stderr)
    cfg = Config(vocab_size=vocab, layers=a.layers, ffn=a.ffn)
    model = IntentModel(cfg)
    params = [p for n, p in model.named_parameters() if not n.startswith(("bag", "task_head", "cx_head", "pool"))]
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)
    # A fixed step count keeps runs reproducible; the clock is only a safety cap (~1.4 s per step with 2 threads here).
    total = a.steps
    warm = int(0.06 * total)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, warm)) * max(0.05, 1 - max(0, s - warm) / max(1, total - warm)))
    gen = torch.Generator().manual_seed(a.seed)
    log = {"config": cfg.to_dict(), "args": vars(a), "threads": THREADS, "corpus": corpus_stats, "texts": len(train), "tokens": n_tok,
           "held_out_texts": len(dev), "evals": [evaluate(model, dev, vocab, mask_id) | {"step": 0, "seconds": 0}]}
    print(json.dumps(log["evals"][-1]), file=sys.stderr, flush=True)
    t0 = time.time()
    step, epoch, done = 0, 0, False
    while not done:
        for ids in batches(train, a.bs, rng):
            x, m = pad(train, ids)
            inp, lab = mask_tokens(x, m, vocab, mask_id, gen)
            if (lab != -100).sum() == 0:
                continue
            loss, _ = mlm_loss(model, inp, m, lab)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 200 == 0:
                ev = evaluate(model, dev, vocab, mask_id) | {"step": step, "epoch": epoch, "seconds": round(time.time() - t0),
                                                            "train_loss": float(loss)}
                log["evals"].append(ev)
                print(json.dumps(ev), file=sys.stderr, flush=True)
            if time.time() - t0 > a.minutes * 60 or step >= total:
                done = True
                break
        epoch += 1
    ev = evaluate(model, dev, vocab, mask_id) | {"step": step, "epoch": epoch, "seconds": round(time.time() - t0)}
    log["evals"].append(ev)
    print(json.dumps(ev), file=sys.stderr, flush=True)
    log["steps"] = step
    log["seconds"] = round(time.time() - t0)
    torch.save({k: v for k, v in model.state_dict().items()
                if not k.startswith(("mlm_head", "bag", "task_head", "cx_head", "pool"))}, a.out)
    (WORK / "pretrain_log.json").write_text(json.dumps(log, indent=1))


if __name__ == "__main__":
    main()
