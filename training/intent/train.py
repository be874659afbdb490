"""Train the intent model on CPU (1 thread, seeded). Writes .work/model.pt (best dev checkpoint) and .work/train_log.json.

Usage: python3 train.py [--minutes M] [--epochs E] [--init .work/pretrained.pt]
       [--layers N --hidden H --heads A --ffn F] [--teacher big.pt --teacher-config big.json]

With --teacher, a smaller student also learns from the larger model's softened probabilities (knowledge distillation,
Hinton et al. 2015), computed once for every training row: loss = (1-α)·CE(labels) + α·T²·KL(teacher_T ‖ student_T).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time

# One compute thread by default (no spinning helpers on a shared 2-core machine); INTENT_THREADS=2 trains ~1.5x faster
# when the machine is otherwise idle. Results differ only by floating-point summation order.
THREADS = int(os.environ.get("INTENT_THREADS", "1"))
os.environ.setdefault("OMP_NUM_THREADS", str(THREADS))
os.environ.setdefault("MKL_NUM_THREADS", str(THREADS))

import numpy as np
import sentencepiece as spm
import torch
from sklearn.metrics import f1_score
from torch.nn import functional as F

from common import COMPLEXITIES, LABELS, MAX_LEN, WORK, cut_text
from model import Config, IntentModel

HEAD = 94  # tokens kept from the start when a prompt is longer than MAX_LEN-2; the rest come from the end


def selection_score(mt: dict) -> float:
    """Which epoch is kept (and shipped): dev macro-F1 + real-prompt macro-F1 + real-prompt accuracy (since v1.0.0)."""
    return mt["macro_f1"] + mt.get("real_macro_f1", 0) + mt.get("real_acc", 0)


def truncate_ids(ids: list[int], max_len: int = MAX_LEN) -> list[int]:
    body = max_len - 2
    if len(ids) > body:
        head = round(body * HEAD / (MAX_LEN - 2))
        ids = ids[:head] + ids[len(ids) - (body - head):]
    return [1] + ids + [2]


def load(split: str, sp) -> list[dict]:
    rows = [json.loads(line) for line in (WORK / f"data/{split}.jsonl").open(encoding="utf-8")]
    for r in rows:
        r["ids"] = truncate_ids(sp.encode(cut_text(r["text"])))
        r["y"] = LABELS.index(r["label"])
        r["cx"] = COMPLEXITIES.index(r["complexity"])
    return rows


def batches(rows, bs, rng, shuffle=True):
    idx = list(range(len(rows)))
    if shuffle:
        rng.shuffle(idx)
    # length bucketing: sort within chunks of 50 batches, then shuffle batch order
    out = []
    chunk = bs * 50
    for s in range(0, len(idx), chunk):
        part = sorted(idx[s:s + chunk], key=lambda i: len(rows[i]["ids"]))
        out += [part[j:j + bs] for j in range(0, len(part), bs)]
    if shuffle:
        rng.shuffle(out)
    return out


def pad(rows, ids):
    """Token ids of rows[ids] padded to the longest one, and the attention mask (also used by pretrain.py)."""
    L = max(len(rows[i]["ids"]) for i in ids)
    x = torch.zeros(len(ids), L, dtype=torch.long)
    m = torch.zeros(len(ids), L, dtype=torch.long)
    for k, i in enumerate(ids):
        t = rows[i]["ids"]
        x[k, :len(t)] = torch.tensor(t)
        m[k, :len(t)] = 1
    return x, m


def collate(rows, ids):
    x, m = pad(rows, ids)
    y = torch.tensor([rows[i]["y"] for i in ids])
    cx = torch.tensor([rows[i]["cx"] for i in ids])
    return x, m, y, cx


@torch.no_grad()
def predict(model, rows, bs=64):
    model.eval()
    P, C = [], []
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]["ids"]))
    res = [None] * len(rows)
    for s in range(0, len(order), bs):
        ids = order[s:s + bs]
        x, m = pad(rows, ids)
        lt, lc = model(x, m)
        for k, i in enumerate(ids):
            res[i] = (torch.softmax(lt[k], -1).numpy(), torch.softmax(lc[k], -1).numpy())
    model.train()
    return np.stack([r[0] for r in res]), np.stack([r[1] for r in res])


@torch.no_grad()
def attach_teacher_logits(teacher, rows, bs=64) -> None:
    """Store the teacher's task and complexity logits on each row (rows repeated for upweighting share them)."""
    teacher.eval()
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]["ids"]))
    for s in range(0, len(order), bs):
        ids = order[s:s + bs]
        x, m = pad(rows, ids)
        lt, lc = teacher(x, m)
        for k, i in enumerate(ids):
            rows[i]["t_task"] = lt[k].clone()
            rows[i]["t_cx"] = lc[k].clone()


def distill_loss(lt, lc, rows, ids, temp: float):
    """T²-scaled KL from the teacher's softened distributions (complexity at half weight, as in the label loss)."""
    def kl(student, key):
        teacher = torch.stack([rows[i][key] for i in ids])
        return F.kl_div(F.log_softmax(student / temp, -1), F.softmax(teacher / temp, -1), reduction="batchmean")
    return (kl(lt, "t_task") + 0.5 * kl(lc, "t_cx")) * temp * temp


def metrics(rows, P):
    y = np.array([r["y"] for r in rows])
    p = P.argmax(1)
    real = np.array([r["real"] for r in rows])
    out = {"acc": float((p == y).mean()), "macro_f1": float(f1_score(y, p, average="macro"))}
    if real.any():
        out["real_acc"] = float((p[real] == y[real]).mean())
        out["real_macro_f1"] = float(f1_score(y[real], p[real], average="macro"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=18.0)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--init", default="")
    ap.add_argument("--real-repeat", type=int, default=2, help="times each real / hand-written training row is seen per epoch")
    ap.add_argument("--out", default=str(WORK / "model.pt"))
    ap.add_argument("--layers", type=int, default=Config.layers, help="encoder layers (size/speed trade-off)")
    ap.add_argument("--ffn", type=int, default=Config.ffn, help="feed-forward width")
    ap.add_argument("--hidden", type=int, default=Config.hidden, help="hidden width (size/speed trade-off)")
    ap.add_argument("--heads", type=int, default=Config.heads, help="attention heads (the hidden width must divide by it)")
    ap.add_argument("--teacher", default="", help="checkpoint of a trained model to distil from")
    ap.add_argument("--teacher-config", default="", help="the teacher's config.json")
    ap.add_argument("--kd-weight", type=float, default=0.5, help="α: share of the distillation term in the loss")
    ap.add_argument("--kd-temp", type=float, default=2.0, help="T: softmax temperature of the distillation term")
    a = ap.parse_args()
    torch.set_num_threads(THREADS)
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    np.random.seed(a.seed)
    rng = random.Random(a.seed)
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    train = load("train", sp)
    dev = load("dev", sp)
    if a.hidden % a.heads:
        raise SystemExit(f"--hidden {a.hidden} does not divide by --heads {a.heads}")
    if bool(a.teacher) != bool(a.teacher_config):
        raise SystemExit("--teacher and --teacher-config go together")
    # Teacher logits once per distinct row, before the repetition below (repeated rows share them).
    if a.teacher:
        tcfg = Config(**json.loads(open(a.teacher_config).read()))
        tcfg.dropout = 0.0
        teacher = IntentModel(tcfg)
        teacher.load_state_dict(torch.load(a.teacher), strict=False)
        tt = time.time()
        attach_teacher_logits(teacher, train)
        del teacher
        print(f"teacher logits for {len(train)} rows in {time.time() - tt:.0f}s", file=sys.stderr)
    # Upweight the scarce real and hand-written rows by repetition.
    extra = [r for r in train if r["real"] or r["source"] in ("project-handwritten", "project-short-asks", "project-chat-prompts", "project-everyday-asks")]
    train = train + extra * (a.real_repeat - 1)
    cfg = Config(vocab_size=sp.get_piece_size(), layers=a.layers, ffn=a.ffn, hidden=a.hidden, heads=a.heads)
    model = IntentModel(cfg)
    if a.init:
        sd = torch.load(a.init)
        missing = model.load_state_dict(sd, strict=False)
        print("init from", a.init, missing, file=sys.stderr)
    n_params = sum(p.numel() for n, p in model.named_parameters() if not n.startswith("mlm_head"))
    print(f"params (exported) {n_params/1e6:.2f}M, train {len(train)}, dev {len(dev)}", file=sys.stderr)
    # class weights: inverse sqrt frequency, normalised
    cnt = np.bincount([r["y"] for r in train], minlength=len(LABELS)).astype(np.float64)
    w = (cnt.sum() / np.maximum(cnt, 1)) ** 0.5
    w = torch.tensor(w / w.mean(), dtype=torch.float32)
    params = [p for n, p in model.named_parameters() if not n.startswith("mlm_head")]
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(train) / a.bs)
    total = steps_per_epoch * a.epochs
    warm = int(0.06 * total)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, warm)) * max(0.02, 1 - max(0, s - warm) / max(1, total - warm)))
    lossf = torch.nn.CrossEntropyLoss(weight=w, label_smoothing=0.05)
    lossc = torch.nn.CrossEntropyLoss(label_smoothing=0.05)
    t0 = time.time()
    log = {"config": cfg.to_dict(), "args": vars(a), "threads": THREADS, "epochs": []}
    best = -1.0
    step = 0
    stop = False
    for ep in range(a.epochs):
        tl = 0.0
        for bi, ids in enumerate(batches(train, a.bs, rng)):
            x, m, y, cx = collate(train, ids)
            lt, lc = model(x, m)
            loss = lossf(lt, y) + 0.5 * lossc(lc, cx)
            if a.teacher:
                loss = (1 - a.kd_weight) * loss + a.kd_weight * distill_loss(lt, lc, train, ids, a.kd_temp)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            step += 1
            tl += loss.item()
            if step % 100 == 0:
                print(f"ep {ep} step {step}/{total} loss {tl/(bi+1):.4f} {time.time()-t0:.0f}s", file=sys.stderr, flush=True)
            if time.time() - t0 > a.minutes * 60:
                stop = True
                break
        P, C = predict(model, dev)
        mt = metrics(dev, P)
        mt["cx_acc"] = float((C.argmax(1) == np.array([r["cx"] for r in dev])).mean())
        score = selection_score(mt)
        mt.update(epoch=ep, step=step, seconds=round(time.time() - t0), train_loss=tl / (bi + 1))
        log["epochs"].append(mt)
        print(json.dumps(mt), file=sys.stderr, flush=True)
        if score > best:
            best = score
            torch.save({k: v for k, v in model.state_dict().items() if not k.startswith("mlm_head")}, a.out)
        if stop:
            break
    log["train_seconds"] = round(time.time() - t0)
    (WORK / "train_log.json").write_text(json.dumps(log, indent=1))
    (WORK / "config.json").write_text(json.dumps(cfg.to_dict()))


if __name__ == "__main__":
    main()
