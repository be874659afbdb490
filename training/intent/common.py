"""Shared constants for the intent pipeline."""
from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # repository root
DATA = Path(os.environ.get("BP_SHARED_DATA", ROOT.parent / "shared" / "data"))
WORK = Path(os.environ.get("BP_TRAIN_WORK", ROOT / "training" / ".work"))
SHIP = ROOT / "resources" / "models" / "intent"

# Order matches src/shared/task-types.ts (TASK_TYPES) and labels.json.
LABELS = ["open_qa", "closed_qa", "summarization", "creative_writing", "code", "reasoning", "brainstorming",
          "classification", "extraction", "rewrite", "analysis", "planning", "roleplay"]
COMPLEXITIES = ["simple", "moderate", "complex"]

MAX_LEN = 128  # tokens incl. [CLS]/[SEP] used in training and shipped as the model's budget

_CONSTRAINT = re.compile(
    r"\b(must|should|at least|no more than|at most|exactly|include|including|format|avoid|do not|don't|make sure|"
    r"ensure|limit|words|bullet|json|table|step[- ]by[- ]step|each|every|also)\b", re.I)


def cut_text(text: str, max_chars: int = 2000) -> str:
    """Same as the TS side (src/inference/text.ts cutText): keep the first 70% and last 30% of the character budget."""
    if len(text) <= max_chars:
        return text
    head = int(max_chars * 0.7)
    return text[:head] + " … " + text[len(text) - (max_chars - head):]


def complexity_of(text: str) -> str:
    """Heuristic complexity label (DESIGN §3): simple = one short ask; moderate = several parts or some context;
    complex = long context, many constraints, or a long multi-step deliverable."""
    words = len(text.split())
    lines = [ln for ln in text.splitlines() if ln.strip()]
    bullets = sum(1 for ln in lines if re.match(r"^\s*([-*•]|\d+[.)])\s+", ln))
    constraints = len(_CONSTRAINT.findall(text))
    sentences = len(re.findall(r"[.!?](\s|$)", text)) + (1 if not re.search(r"[.!?]\s*$", text) else 0)
    if words > 220 or (words > 90 and constraints + bullets >= 4) or constraints + bullets >= 8:
        return "complex"
    if words <= 25 and constraints <= 1 and bullets == 0 and sentences <= 2 and len(lines) <= 2:
        return "simple"
    return "moderate"
