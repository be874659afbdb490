"""Copy the exported model into resources/models/intent (model.onnx, tokenizer.json, labels.json, ngram.json) and the
parity fixtures into src/inference/fixtures. Usage: python3 ship.py [--variant int8|fp32]"""
from __future__ import annotations

import argparse
import json
import shutil

from common import COMPLEXITIES, LABELS, MAX_LEN, ROOT, SHIP, WORK
from train import HEAD

NAME = "intent-deberta-v3-small"
VERSION = "1.2.1"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--variant", default="int8", choices=["int8", "fp32"])
    a = ap.parse_args()
    SHIP.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(WORK / f"onnx/model.{a.variant}.onnx", SHIP / "model.onnx")
    shutil.copyfile(WORK / "tokenizer.json", SHIP / "tokenizer.json")
    shutil.copyfile(WORK / "ngram.json", SHIP / "ngram.json")
    cfg = json.loads((WORK / "config.json").read_text())
    labels = {
        "name": NAME, "version": VERSION, "variant": a.variant,
        "task_types": LABELS, "complexities": COMPLEXITIES,
        "max_len": MAX_LEN, "head_tokens": HEAD, "max_chars": 2000,
        "inputs": ["input_ids", "attention_mask"], "outputs": ["task_logits", "complexity_logits"],
        "config": cfg,
    }
    (SHIP / "labels.json").write_text(json.dumps(labels, indent=1) + "\n")
    fx = ROOT / "src/inference/fixtures"
    fx.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(WORK / "onnx/parity.json", fx / "model-parity.json")
    shutil.copyfile(WORK / "ngram_parity.json", fx / "ngram-parity.json")
    print(f"shipped {a.variant} model to {SHIP}")


if __name__ == "__main__":
    main()
