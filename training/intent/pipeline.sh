#!/usr/bin/env bash
# One command to rebuild the intent model from ../shared/data (npm run train:intent).
# CPU only, seeded (INTENT_THREADS torch threads, default 1). About 40 min on a shared 2-core machine with 2 threads;
# INTENT_PRETRAIN=1 adds masked-LM pretraining (~30 min) and fine-tunes from it.
# Steps: project examples → assembly/dedupe/split → SentencePiece + tokenizer.json → [MLM pretraining] → train
#        → ONNX export (+int8) → ONNX/PyTorch parity check (onnxruntime-node) → n-gram head → ship to resources/models/intent → eval → model card.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-/usr/bin/python3}
NODE_BIN="$(cd ../.. && pwd)/node_modules/.bin"
export PATH="$NODE_BIN:$PATH"
export OMP_NUM_THREADS=${INTENT_THREADS:-1} MKL_NUM_THREADS=${INTENT_THREADS:-1}
VARIANT=${INTENT_VARIANT:-int8}
MINUTES=${INTENT_TRAIN_MINUTES:-58}
EPOCHS=${INTENT_EPOCHS:-3}
mkdir -p ../.work
$PY gen_examples.py
# Training-only extras: hand-labelled IFEval prompts, project-written short asks and everyday asks (see assemble.py).
$PY assemble.py ${INTENT_ASSEMBLE_FLAGS:---with-ifeval --with-short-asks --with-everyday-asks} > /dev/null
$PY tokenizer.py
INIT=()
if [ "${INTENT_PRETRAIN:-0}" = "1" ]; then
  # Masked-LM pretraining on unlabelled prompt text (reported both ways in the model card; see pretrain.py).
  $PY pretrain.py 2>&1 | tee ../.work/pretrain.log
  INIT=(--init ../.work/pretrained.pt)
fi
$PY train.py --epochs "$EPOCHS" --minutes "$MINUTES" --real-repeat 2 "${INIT[@]}" 2>&1 | tee ../.work/train.log
$PY export.py 2> >(grep -v -i warn >&2)
node check_onnx.ts | tee ../.work/parity_result.json
$PY ngram_head.py
$PY ship.py --variant "$VARIANT"
$PY baseline.py
node eval.ts --out ../.work/eval.json
$PY card.py
echo "done: resources/models/intent (model card: resources/models/intent/MODEL_CARD.md)"
