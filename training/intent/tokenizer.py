"""Train a SentencePiece unigram tokenizer on the training split and convert it to a DeBERTa-v3-style tokenizer.json
that @huggingface/tokenizers loads with the same ids.

Outputs: .work/spm.model, .work/tokenizer.json, and src/inference/fixtures/tokenizer-parity.json (SentencePiece ids for
project-written texts plus edge cases; used by the TS parity test). Only project-written text goes into that fixture.
"""
from __future__ import annotations

import base64
import json
import random
import sys

import sentencepiece as spm
from sentencepiece import sentencepiece_model_pb2 as pb  # type: ignore

from common import ROOT, WORK

VOCAB = 8000
SPECIALS = {"[PAD]": 0, "[CLS]": 1, "[SEP]": 2, "[UNK]": 3, "[MASK]": 4}


def train() -> None:
    rows = [json.loads(line) for line in (WORK / "data/train.jsonl").open(encoding="utf-8")]
    corpus = WORK / "spm_corpus.txt"
    with corpus.open("w", encoding="utf-8") as f:
        for r in rows:
            for line in r["text"].splitlines():
                line = line.strip()
                if line:
                    f.write(line[:4000] + "\n")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(WORK / "spm"), model_type="unigram", vocab_size=VOCAB,
        pad_id=0, pad_piece="[PAD]", bos_id=1, bos_piece="[CLS]", eos_id=2, eos_piece="[SEP]", unk_id=3, unk_piece="[UNK]",
        user_defined_symbols=["[MASK]"], normalization_rule_name="nmt_nfkc", character_coverage=0.9995,
        split_digits=True, max_sentence_length=8000, input_sentence_size=400000, shuffle_input_sentence=True,
        num_threads=1, minloglevel=2,
    )


def convert() -> dict:
    m = pb.ModelProto()
    m.ParseFromString((WORK / "spm.model").read_bytes())
    vocab = [[p.piece, float(p.score)] for p in m.pieces]
    for name, i in SPECIALS.items():
        assert vocab[i][0] == name, (i, vocab[i][0])
    charsmap = base64.b64encode(m.normalizer_spec.precompiled_charsmap).decode()
    meta = {"type": "Metaspace", "replacement": "\u2581", "add_prefix_space": True, "prepend_scheme": "always", "split": True}
    tok = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [
            {"id": i, "content": name, "single_word": False, "lstrip": False, "rstrip": False, "normalized": False,
             "special": True} for name, i in SPECIALS.items()
        ],
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "Precompiled", "precompiled_charsmap": charsmap},
            {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "},
        ]},
        "pre_tokenizer": {"type": "Sequence", "pretokenizers": [{"type": "WhitespaceSplit"}, meta]},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {
                "[CLS]": {"id": "[CLS]", "ids": [1], "tokens": ["[CLS]"]},
                "[SEP]": {"id": "[SEP]", "ids": [2], "tokens": ["[SEP]"]},
            },
        },
        "decoder": meta,
        "model": {"type": "Unigram", "unk_id": SPECIALS["[UNK]"], "vocab": vocab, "byte_fallback": False},
    }
    (WORK / "tokenizer.json").write_text(json.dumps(tok, ensure_ascii=False))
    return tok


EDGE = [
    "Hello world", "  leading and trailing spaces  ", "multiple     spaces   inside", "tabs\tand\nnewlines\n\nhere",
    "Ünïcödé café naïve résumé", "日本語のテキストを要約してください", "Emoji 😀 test 🚀🚀", "numbers 1234567 and 3.14159",
    "Code: def f(x): return x**2 # comment", "```python\nprint('hi')\n```", "URL https://example.com/a?b=c&d=e",
    "email me at jane.doe@example.org", "ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ", "quotes “curly” and \"straight\" and 'single'",
    "Ellipsis… and em—dash – en dash", "Привет, как дела?", "¿Qué tal? ¡Muy bien!", "a", "?", "C++ vs C# vs F#",
    "<html><body>Hi</body></html>", "Tab\tseparated\tvalues", "x = y + z; // TODO", "100% sure, $5.99, €3, £2",
]


def fixture(tok_path_out) -> None:
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    rng = random.Random(7)
    rows = [json.loads(line) for line in (ROOT / "training/data/project_examples.jsonl").open(encoding="utf-8")]
    rng.shuffle(rows)
    texts = EDGE + [r["text"][:400] for r in rows[:400]]
    out = [{"text": t, "ids": [1] + sp.encode(t) + [2]} for t in texts]
    tok_path_out.parent.mkdir(parents=True, exist_ok=True)
    tok_path_out.write_text(json.dumps(out, ensure_ascii=False))


def main() -> None:
    if "--convert-only" not in sys.argv:
        train()
    convert()
    fixture(ROOT / "src/inference/fixtures/tokenizer-parity.json")
    print("tokenizer done", file=sys.stderr)


if __name__ == "__main__":
    main()
