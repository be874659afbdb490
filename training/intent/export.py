"""Export the trained model to ONNX (opset 14, dynamic batch and sequence axes), write the logits-parity fixture, and
write an int8 copy (dynamic quantization: DynamicQuantizeLinear → MatMulInteger on every MatMul with a constant
weight, per-output-channel symmetric int8 weights; int8 embedding tables behind DequantizeLinear). Written with the
`onnx` package alone (Debian has no onnxruntime for Python); onnxruntime-node checks both (training/intent/check_onnx.ts).

Usage:
  python3 export.py                       # .work/model.pt → .work/onnx/{model.fp32.onnx, model.int8.onnx, parity.json}
  python3 export.py --random-base DIR     # DeBERTa-v3-base-sized random model for the benchmark → DIR/model.onnx
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import onnx
import sentencepiece as spm
import torch
from onnx import TensorProto, helper, numpy_helper

from common import ROOT, WORK, cut_text
from model import Config, IntentModel
from train import truncate_ids

OPSET = 14


def export(model: IntentModel, path: Path) -> None:
    model.eval()
    x = torch.tensor([[1, 50, 60, 70, 2], [1, 80, 2, 0, 0]], dtype=torch.long)
    m = (x != 0).long()
    path.parent.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        torch.onnx.export(
            model, (x, m), str(path), opset_version=OPSET, do_constant_folding=True,
            input_names=["input_ids", "attention_mask"], output_names=["task_logits", "complexity_logits"],
            dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                          "task_logits": {0: "batch"}, "complexity_logits": {0: "batch"}},
        )
    mp = onnx.load(str(path))
    onnx.checker.check_model(mp)


def quantize(src: Path, dst: Path) -> dict:
    mp = onnx.load(str(src))
    g = mp.graph
    inits = {i.name: i for i in g.initializer}
    new_nodes = []
    dq_cache: dict[str, tuple[str, str, str]] = {}
    quantized: set[str] = set()
    removed: set[str] = set()
    added_inits = []
    n_mm = 0
    n_emb = 0
    # usage count of each initializer, so we only drop ones no other node uses
    uses: dict[str, int] = {}
    for nd in g.node:
        for i in nd.input:
            uses[i] = uses.get(i, 0) + 1
    for nd in g.node:
        if nd.op_type == "MatMul" and nd.input[1] in inits and len(inits[nd.input[1]].dims) == 2:
            W = numpy_helper.to_array(inits[nd.input[1]]).astype(np.float32)
            scale = np.maximum(np.abs(W).max(axis=0), 1e-8) / 127.0
            Wq = np.clip(np.round(W / scale), -127, 127).astype(np.int8)
            base = nd.input[1]
            if base not in quantized:
                quantized.add(base)
                added_inits += [numpy_helper.from_array(Wq, base + "_q"),
                                numpy_helper.from_array(np.zeros(W.shape[1], dtype=np.int8), base + "_zp"),
                                numpy_helper.from_array(scale.astype(np.float32), base + "_scale")]
            # A weight shared with the relative-position path (share_att_key) is used by several MatMuls: each one is
            # quantized; the position path has constant inputs only, so onnxruntime folds it at load time.
            uses[base] -= 1
            if uses[base] == 0:
                removed.add(base)
            X = nd.input[0]
            if X not in dq_cache:
                dq_cache[X] = (X + "_u8", X + "_s", X + "_zp")
                new_nodes.append(helper.make_node("DynamicQuantizeLinear", [X], list(dq_cache[X]), name=X + "_dql"))
            xq, xs, xzp = dq_cache[X]
            out = nd.output[0]
            new_nodes += [
                helper.make_node("MatMulInteger", [xq, base + "_q", xzp, base + "_zp"], [out + "_i32"], name=nd.name + "_mmi"),
                helper.make_node("Cast", [out + "_i32"], [out + "_f"], to=TensorProto.FLOAT, name=nd.name + "_cast"),
                helper.make_node("Mul", [xs, base + "_scale"], [out + "_sc"], name=nd.name + "_scmul"),
                helper.make_node("Mul", [out + "_f", out + "_sc"], [out], name=nd.name + "_mul"),
            ]
            n_mm += 1
        elif nd.op_type == "Gather" and nd.input[0] in inits and len(inits[nd.input[0]].dims) == 2 and uses[nd.input[0]] == 1 \
                and inits[nd.input[0]].dims[0] > 1000:
            E = numpy_helper.to_array(inits[nd.input[0]]).astype(np.float32)
            s = np.float32(max(np.abs(E).max(), 1e-8) / 127.0)
            Eq = np.clip(np.round(E / s), -127, 127).astype(np.int8)
            base = nd.input[0]
            added_inits += [numpy_helper.from_array(Eq, base + "_q"),
                            numpy_helper.from_array(np.array(s, dtype=np.float32), base + "_s"),
                            numpy_helper.from_array(np.array(0, dtype=np.int8), base + "_z")]
            removed.add(base)
            # Gather int8 rows first, then dequantize only the gathered rows (per-tensor scale).
            new_nodes += [
                helper.make_node("Gather", [base + "_q", nd.input[1]], [nd.output[0] + "_q"], name=nd.name + "_gq",
                                 **{a.name: helper.get_attribute_value(a) for a in nd.attribute}),
                helper.make_node("DequantizeLinear", [nd.output[0] + "_q", base + "_s", base + "_z"], [nd.output[0]],
                                 name=nd.name + "_dq"),
            ]
            n_emb += 1
        else:
            new_nodes.append(nd)
    keep = [i for i in g.initializer if i.name not in removed]
    del g.node[:]
    g.node.extend(new_nodes)
    del g.initializer[:]
    g.initializer.extend(keep + added_inits)
    onnx.checker.check_model(mp)
    onnx.save(mp, str(dst))
    return {"matmuls_quantized": n_mm, "embeddings_quantized": n_emb}


def parity_fixture(model: IntentModel, sp, out: Path) -> None:
    """Logits from PyTorch for project-written texts, one at a time and as one padded batch."""
    rows = [json.loads(line) for line in (ROOT / "training/data/project_examples.jsonl").open(encoding="utf-8")]
    texts = [rows[i]["text"] for i in range(0, len(rows), max(1, len(rows) // 12))][:12]
    texts += ["hi", "Write a haiku about autumn.", "x" * 5000]
    ids = [truncate_ids(sp.encode(cut_text(t))) for t in texts]
    model.eval()
    items = []
    with torch.no_grad():
        for t, i in zip(texts, ids):
            x = torch.tensor([i])
            lt, lc = model(x, torch.ones_like(x))
            items.append({"text": t[:300], "ids": i, "task_logits": lt[0].tolist(), "complexity_logits": lc[0].tolist()})
    out.write_text(json.dumps({"items": items}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--random-base", default="")
    ap.add_argument("--ckpt", default=str(WORK / "model.pt"))
    a = ap.parse_args()
    torch.manual_seed(0)
    if a.random_base:
        cfg = Config(vocab_size=128000, hidden=768, layers=12, heads=12, ffn=3072, position_buckets=256, dropout=0.0)
        model = IntentModel(cfg)
        model.mlm_head = torch.nn.Identity()
        d = Path(a.random_base)
        export(model, d / "model.onnx")
        n = sum(p.numel() for p in model.parameters())
        (d / "info.json").write_text(json.dumps({"params": n, "config": cfg.to_dict()}))
        print(f"base-sized random model: {n/1e6:.1f}M params → {d/'model.onnx'}", file=sys.stderr)
        return
    cfg = Config(**json.loads((WORK / "config.json").read_text()))
    cfg.dropout = 0.0
    model = IntentModel(cfg)
    model.load_state_dict(torch.load(a.ckpt), strict=False)
    model.mlm_head = torch.nn.Identity()
    d = WORK / "onnx"
    export(model, d / "model.fp32.onnx")
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    parity_fixture(model, sp, d / "parity.json")
    q = quantize(d / "model.fp32.onnx", d / "model.int8.onnx")
    sizes = {p.name: p.stat().st_size for p in d.glob("*.onnx")}
    print(json.dumps({"quantization": q, "sizes": sizes}), file=sys.stderr)


if __name__ == "__main__":
    main()
