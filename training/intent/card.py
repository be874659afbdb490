"""Render resources/models/intent/MODEL_CARD.md from the pipeline's JSON outputs (.work/data/stats.json,
.work/train_log.json, .work/eval.json, .work/parity_result.json, and .work/bench.json when `npm run bench:inference
> training/.work/bench.json` has been run). Numbers in the card come only from those files."""
from __future__ import annotations

import json
import os
from pathlib import Path

from common import DATA, LABELS, SHIP, WORK
from train import selection_score


def load(name: str):
    p = WORK / name
    if not p.exists():
        return None
    txt = p.read_text()
    start = txt.find("{")
    return json.loads(txt[start:]) if start >= 0 else None


def f3(x) -> str:
    return f"{x:.3f}" if isinstance(x, (int, float)) else "–"


def best(log: dict) -> dict:
    """The epoch train.py kept."""
    return max(log["epochs"], key=selection_score)


def dev_line(e: dict) -> str:
    return f"acc {f3(e['acc'])} / macro-F1 {f3(e['macro_f1'])}, real {f3(e.get('real_acc'))} / {f3(e.get('real_macro_f1'))}"


def test_line(e: dict) -> str:
    m = lambda k: f"{f3(e[k]['model']['accuracy'])} / {f3(e[k]['model']['macroF1'])}"  # noqa: E731
    return (f"all {m('all')}, real {m('real')}, other languages {f3(e['multilingual']['model']['accuracy'])}"
            + (f", short asks {f3(e['probe_short_asks']['model']['accuracy'])}" if e.get("probe_short_asks") else ""))


def corpus_line(pre: dict) -> str:
    ev0, ev1 = pre["evals"][0], pre["evals"][-1]
    src = pre.get("corpus", {}).get("texts_by_source", {})
    return (f"{pre['texts']:,} unlabelled texts ({pre['tokens']/1e6:.2f}M tokens after the 128-token cut"
            + (": " + ", ".join(f"{k} {v:,}" for k, v in src.items()) if src else "")
            + f"), {pre['steps']} steps of 32 ({pre['seconds']/60:.0f} min, {pre['threads']} threads); held-out masked-token "
            f"accuracy {f3(ev0['mlm_acc'])} → {f3(ev1['mlm_acc'])} (loss {ev0['mlm_loss']:.2f} → {ev1['mlm_loss']:.2f})")


def pretraining(w, log: dict) -> None:
    """Masked-LM pretraining (training/intent/pretrain.py, INTENT_PRETRAIN=1), reported both ways: fine-tuned from the
    pretrained encoder vs from scratch with the same data, split, seed and recipe. Files: pretrain_log.json,
    train_log_pt.json, train_log_nopt.json, eval_pt.json (this release's data); *_run1.json and eval_prev_data.json
    (the earlier run on the previous release's data)."""
    shipped_pt = bool(log["args"].get("init"))
    pre, with_pt, no_pt = load("pretrain_log.json"), load("train_log_pt.json"), load("train_log_nopt.json")
    w("- Masked-LM pretraining (`training/intent/pretrain.py`, opt-in with `INTENT_PRETRAIN=1`; DeBERTa/BERT masking: 15% "
      "of tokens, 80/10/10; corpus = training-split text plus unlabelled source rows assembly left out, minus every dev/test/"
      "probe text, their TF-IDF near-duplicates and all of BIG-bench Hard).")
    if pre and with_pt and no_pt:
        w(f"  - On this release's data: {corpus_line(pre)}. Dev, model alone, kept epoch, with vs without pretraining: "
          f"{dev_line(best(with_pt))} vs {dev_line(best(no_pt))}.")
        pt_eval, ev = load("eval_pt.json"), load("eval.json")
        if pt_eval and ev:
            w(f"    Test (shipped blend), with vs without: {test_line(pt_eval)} vs {test_line(ev)}.")
    elif not shipped_pt:
        w("  - A run on this release's data was not finished in time for this card (pretraining and fine-tuning take about "
          "75 minutes on this 2-core machine).")
    pre1, pt1, no1 = load("pretrain_log_run1.json"), load("train_log_pt_run1.json"), load("train_log_nopt_run1.json")
    if pre1 and pt1 and no1:
        w(f"  - Earlier run, on the previous release's data: {corpus_line(pre1)}. Dev, model alone, kept epoch, with vs "
          f"without: {dev_line(best(pt1))} vs {dev_line(best(no1))}.")
        e_pt, e_prev = load("eval_pt_run1.json"), load("eval_prev_data.json")
        if e_pt and e_prev:
            w(f"    Test (shipped blend at the time), with vs without: {test_line(e_pt)} vs {test_line(e_prev)}. "
              "Better on dev, not on test, and not shippable. " + pre1.get("note", ""))
    note = load("pretrain_decision.json")
    if note:
        w(f"  - {note['decision']}")


def trial(w, log: dict, ev: dict | None, n: str = "") -> None:
    """A variant of this recipe that was not shipped (trial{n}.json says what and why; train_log_trial{n}.json and
    eval_trial{n}.json are that run's own logs)."""
    t, tlog, tev = load(f"trial{n}.json"), load(f"train_log_trial{n}.json"), load(f"eval_trial{n}.json")
    if not (t and tlog and tev and ev):
        return
    blend = lambda e: next((x for x in e["devSweep"] if x["w"] == e["rulesWeight"] and x.get("n", 0) == e.get("ngramWeight", 0)), None)  # noqa: E731
    bt, bs = blend(tev), blend(ev)
    w(f"- Also tried: {t['what']}. Dev, model alone, kept epoch: {dev_line(best(tlog))} vs {dev_line(best(log))} for this "
      f"release" + (f"; dev, shipped blend: acc {f3(bt['devAcc'])} / real {f3(bt['devRealAcc'])} vs {f3(bs['devAcc'])} / "
                    f"{f3(bs['devRealAcc'])}" if bt and bs else "")
      + f". Test, shipped blend: {test_line(tev)} vs {test_line(ev)}; model alone on real prompts "
      f"{f3(tev['real']['modelOnly']['accuracy'])} / {f3(tev['real']['modelOnly']['macroF1'])} vs "
      f"{f3(ev['real']['modelOnly']['accuracy'])} / {f3(ev['real']['modelOnly']['macroF1'])}; TF-IDF+LR on real prompts "
      f"{f3(tev['real']['baseline']['accuracy'])} vs {f3(ev['real']['baseline']['accuracy'])}. {t['decision']}")


def seed_spread(w, log: dict, ev: dict | None) -> None:
    """The same data and recipe with another seed (train_log_seed.json, eval_seed.json): how far two runs that differ
    only by chance land apart, the yardstick for the trials above."""
    slog, sev = load("train_log_seed.json"), load("eval_seed.json")
    if not (slog and sev and ev):
        return
    w(f"- Run-to-run spread: the same data and recipe with seed {slog['args']['seed']} instead of {log['args']['seed']}. Dev, "
      f"model alone, kept epoch: {dev_line(best(slog))} vs {dev_line(best(log))}. Test, shipped blend: {test_line(sev)} vs "
      f"{test_line(ev)}; model alone on real prompts {f3(sev['real']['modelOnly']['accuracy'])} vs "
      f"{f3(ev['real']['modelOnly']['accuracy'])}.")


def main() -> None:
    stats = load("data/stats.json")
    log = load("train_log.json")
    ev = load("eval.json")
    par = load("parity_result.json")
    bench = load("bench.json")
    labels = json.loads((SHIP / "labels.json").read_text())
    size = (SHIP / "model.onnx").stat().st_size
    arena_changed = None
    src = DATA / "arena-hard/arena_hard_v2_labeled.jsonl"
    if src.exists():
        def rows(p: Path) -> list[dict]:
            return [json.loads(x) for x in p.read_text(encoding="utf-8").split("\n") if x.strip()]
        hand = {r["id"]: r["label"] for r in rows(Path(__file__).resolve().parents[1] / "data/arena_hard_labels.jsonl")}
        arena_changed = sum(1 for r in rows(src) if hand.get(r["id"], r["label"]) != r["label"])
    cfg = labels["config"]
    L: list[str] = []
    w = L.append
    w(f"# Model card: {labels['name']} {labels['version']}")
    w("")
    w("On-device intent classifier for BetterPrompts: given a prompt, it predicts its task type (13 labels, DESIGN.md §3) "
      "and complexity (simple / moderate / complex). Made entirely on this machine, with no downloaded weights "
      + ("(masked-LM pretraining on unlabelled prompt text, then fine-tuning), " if log and log["args"].get("init") else "(trained from scratch), ")
      + "exported to ONNX and run by onnxruntime-node in a worker thread of the app's main process.")
    w("")
    w("## Model")
    w(f"- Architecture: DeBERTa-v3-style encoder — {cfg['layers']} layers, hidden {cfg['hidden']}, {cfg['heads']} heads, "
      f"FFN {cfg['ffn']}, disentangled attention (content→content + content→position + position→content) over "
      f"log-bucketed relative positions ({cfg['position_buckets']} buckets each side, max distance {cfg['max_relative_positions']}), "
      "shared relative-embedding table with LayerNorm, no absolute positions. Heads read [CLS] (dense+GELU), the masked "
      f"mean of the last layer, a fastText-style bag-of-tokens vector ({cfg['bag_dim']} dims) and log length.")
    w(f"- Tokenizer: SentencePiece unigram, {cfg['vocab_size']} pieces, trained on the training split; shipped as "
      "tokenizer.json (DeBERTa-v3 layout: precompiled nmt_nfkc normalizer, whitespace split + Metaspace, `[CLS] $A [SEP]`).")
    w(f"- Shipped file: model.onnx, {labels['variant']}, {size/2**20:.1f} MB, opset 14, dynamic batch and sequence axes; "
      "inputs input_ids/attention_mask (int64), outputs task_logits [B,13], complexity_logits [B,3].")
    ng = SHIP / "ngram.json"
    if ng.exists():
        head = json.loads(ng.read_text())
        w(f"- N-gram head: ngram.json, {ng.stat().st_size/2**20:.1f} MB ({len(head['word']['vocab']):,} word 1–2-grams + "
          f"{len(head['char_wb']['vocab']):,} in-word char 2–4-grams, TF-IDF, int8 logistic-regression weights, trained on the "
          "same training split by `training/intent/ngram_head.py`); src/inference/ngram-head.ts reproduces scikit-learn's "
          "features and matches its probabilities to 1e-6 on the 397 texts of src/inference/fixtures/ngram-parity.json. "
          "It runs on the main thread before the encoder is asked: p50 0.13 ms, p95 0.9 ms per dev prompt (cut to 2,000 "
          "characters), measured alone on this machine."
          + (" A second int8 linear layer over the same features plus three length features (log code points, words, line "
             "breaks) predicts complexity." if head.get("complexity") else ""))
    if labels["variant"] == "int8":
        w("- Quantization: dynamic int8 (DynamicQuantizeLinear → MatMulInteger, per-output-channel symmetric int8 weights "
          "for every MatMul; int8 embedding tables gathered then dequantized), written with the onnx package. Because "
          "activation scales are computed per call, a prompt's scores move slightly (≈1e-3) with the batch it runs in.")
    w(f"- Input budget: {labels['max_len']} tokens including [CLS]/[SEP]. Longer prompts are cut before tokenizing to "
      f"{labels['max_chars']} characters (first 70% and last 30%), then to the first {labels['head_tokens']} and the last "
      f"{labels['max_len'] - 2 - labels['head_tokens']} tokens.")
    if par:
        w(f"- Export check (onnxruntime-node vs PyTorch, {par['items']} inputs): fp32 max |Δlogit| = {par['fp32']['maxDiff']:.2e} "
          f"(limit 1e-4); batched vs single {par['fp32']['batchedMaxDiff']:.2e}"
          + (f"; int8 max |Δlogit| = {par['int8']['maxDiff']:.3f}, same argmax on {par['int8']['argmaxAgree']*100:.0f}%." if par.get('int8') else "."))
    w("")
    w("## Data")
    w("Read from `../shared/data` (never copied into the repository) plus project-written examples:")
    w("")
    w("| source | license | use |")
    w("|---|---|---|")
    for src, lic, use in [
        ("databricks-dolly-15k", "CC BY-SA 3.0", "7 categories → open_qa (capped 3,000), closed_qa, classification, brainstorming, extraction, summarization, creative_writing"),
        ("arena-hard v2 (real)", "Apache-2.0", "750 prompts hand-labelled per DESIGN §3 (training/data/LABELING.md; ids + labels in training/data/arena_hard_labels.jsonl). The dataset's own labels are source categories (coding→code, math→reasoning, creative_writing); the review changed " + (f"{arena_changed} of 750" if arena_changed is not None else "about a fifth") + ", e.g. math problems that ask for a program → code, 'turn this text into a poem' → rewrite"),
        ("arena-hard v0.1 (real)", "Apache-2.0", "500 unlabelled prompts, hand-labelled the same way (same file)"),
        ("mt-bench + vicuna-bench (real)", "Apache-2.0", "hand-labelled, all splits"),
        ("self-instruct seed (real)", "Apache-2.0", "hand-labelled, all splits"),
        ("awesome-chatgpt-prompts (real)", "CC0", "only 'I want you to act as/like … I will … / you will …' chatbot setups → roleplay"),
        ("gsm8k train", "MIT", "1,500 sampled → reasoning"),
        ("mbpp, humaneval", "Apache-2.0/CC-BY-4.0, MIT", "code"),
        ("GPTeacher codegen / roleplay", "MIT", "1,500 / 1,300 sampled → code / roleplay"),
        ("BIG-bench Hard", "MIT", "600 rows, evaluation only (canary respected; never trained on)"),
        ("project-written (training/data/project_examples.jsonl)", "project", "template-made prompts for thin labels (rewrite incl. translation, planning, analysis, closed_qa, extraction, summarization, classification, open_qa; a few others), with persona framing, typos, casual/formal, other-language requests, constraints"),
        ("project-written (training/data/multilingual.jsonl)", "project", "520 hand-written prompts in 15 languages (mostly zh, ru, vi, ja, pt, es, de, fr, ko), 40 per label, with supplied texts, code, word problems and persona framing"),
    ]:
        w(f"| {src} | {lic} | {use} |")
    extra = (stats or {}).get("splits", {}).get("train", {}).get("sources", {})
    if extra.get("ifeval"):
        w(f"| IFEval prompts | Apache-2.0 | {extra['ifeval']} prompts hand-labelled per LABELING.md (training/data/ifeval_labels.jsonl: ids + labels; the dataset's candidate labels are regex guesses and were not used); training split only, never evaluated on (public benchmark) |")
    if extra.get("project-short-asks"):
        w(f"| project-written short asks (training/data/short_asks.jsonl) | project | {extra['project-short-asks']} one-line requests that refer to material the user has not pasted (\"tldr this thread pls\", \"make this email politer\", \"why does this useEffect run twice\"), all labels but reasoning, ~11% in other languages; training split only |")
    if extra.get("project-everyday-asks"):
        w(f"| project-written everyday asks (training/data/everyday_asks.jsonl) | project | {extra['project-everyday-asks']} advice questions about health, pets, children, money, home, work and travel as people type them (\"is it bad to run every day?\", \"is it better to rent or buy in Austin right now?\"), choices between options labelled analysis per LABELING.md, with look-alikes of other labels in the same domains (\"write a poem about a migraine\", \"tips for staying awake on a drive\"); training split only |")
    if extra.get("project-chat-prompts"):
        w(f"| project-written chat-style prompts (training/data/chat_prompts.jsonl) | project | {extra['project-chat-prompts']} prompts in the style of real chatbot requests: 45% 80–400 characters, 40% up to 1,500, 15% up to 4,000 with pasted code, logs, contracts, tables or transcripts; ~11% in other languages; many near a label boundary, labelled per LABELING.md; training split only |")
    w("")
    if not extra.get("ifeval"):
        w("Not used: ifeval (candidate labels are regex guesses).")
    w("Held out: training/data/probe_short_asks.jsonl, 130 short asks (10 per label) written separately from the training "
      "short asks, and training/data/probe_everyday_asks.jsonl, 48 everyday advice questions and look-alikes written "
      "before the training everyday asks (no shared run of 8 words; highest word-TF-IDF cosine to a training ask 0.55); "
      "assembly drops any training row that is a near-duplicate of one, and pretraining never sees them.")
    if stats:
        w("")
        w(f"Dedupe and split: exact duplicates (case/whitespace-normalised) removed; every pair of texts with word 1–2-gram "
          f"TF-IDF cosine ≥ {stats['near_dup_threshold']} joined into one group (union-find over a sparse all-pairs product; "
          f"{stats['near_dup_pairs_within_groups']} such pairs); whole groups go to one split, stratified by source and label "
          "(real sources 50/15/35 train/dev/test, others 80/10/10). The script re-checks all cross-split pairs and fails if any "
          f"reaches the threshold (highest cross-split cosine found: {stats['max_cross_split_cosine_seen_(pairs>=0.6)']}).")
        w("")
        w("| label | train | dev | test |")
        w("|---|---|---|---|")
        sp = stats["splits"]
        for lab in LABELS:
            w(f"| {lab} | {sp['train']['labels'].get(lab, 0)} | {sp['dev']['labels'].get(lab, 0)} | {sp['test']['labels'].get(lab, 0)} |")
        w(f"| **total** | {sp['train']['n']} | {sp['dev']['n']} | {sp['test']['n']} |")
        w("")
        w("Complexity labels are heuristic (word count, constraint words, bullets, lines; training/intent/common.py "
          "`complexity_of`), so the complexity head learns that heuristic, not human judgement.")
    if log:
        w("")
        w("## Training")
        a = log["args"]
        w(f"- CPU, {log.get('threads', os.environ.get('INTENT_THREADS', '1'))} thread(s), seed {a['seed']}, AdamW lr {a['lr']}, batch {a['bs']}, {len(log['epochs'])} epochs "
          f"({log['train_seconds']/60:.1f} min), length-bucketed batches, class weights ∝ 1/√freq, label smoothing 0.05, "
          f"real-prompt and project hand-written training rows seen {a.get('real_repeat', 2)}× per epoch; the epoch with the best dev "
          "macro-F1 + dev real-prompt macro-F1 + dev real-prompt accuracy is shipped.")
        w("- Dev per epoch: " + "; ".join(
            f"ep{e['epoch']} acc {f3(e['acc'])} / macro-F1 {f3(e['macro_f1'])} (real {f3(e.get('real_acc'))} / {f3(e.get('real_macro_f1'))})"
            for e in log["epochs"]))
        rel, rel_ev = load("release.json"), load("eval_prev_release.json")
        if rel and rel_ev and ev:
            every = lambda e: f", everyday asks {f3(e['probe_everyday_asks']['model']['accuracy'])}" if e.get("probe_everyday_asks") else ""  # noqa: E731
            w(f"- This release ({labels['version']}) against {rel['previous']}: {rel['what']} Test, shipped blend, both with "
              f"this release's rules: {test_line(ev)}{every(ev)} vs {test_line(rel_ev)}{every(rel_ev)}; BIG-bench Hard "
              f"{f3(ev['bbh_eval_only']['model']['accuracy'])} vs {f3(rel_ev['bbh_eval_only']['model']['accuracy'])}.")
        prev = load("prev_eval.json")  # eval.json of the previous release, when it was scored on this same split
        # The previous release was scored with the model + rules blend of its time: compare like with like.
        ev_prev_blend = load("eval_no_ngram.json") or ev
        if prev and ev_prev_blend and prev.get("model") != ev_prev_blend.get("model"):
            def line(e: dict) -> str:
                return (f"all {f3(e['all']['model']['accuracy'])} / {f3(e['all']['model']['macroF1'])}, real prompts "
                        f"{f3(e['real']['model']['accuracy'])} / {f3(e['real']['model']['macroF1'])} (model alone "
                        f"{f3(e['real']['modelOnly']['accuracy'])} / {f3(e['real']['modelOnly']['macroF1'])}), other "
                        f"languages {f3(e['multilingual']['model']['accuracy'])}")
            w(f"- Previous release {prev['model'].split('@')[-1]} on the same test split with the same rules blend (test, acc / "
              f"macro-F1): {line(prev)}" + (f", short asks {f3(prev['probe_short_asks']['model']['accuracy'])}" if prev.get("probe_short_asks") else "")
              + f". This release (model + rules, without the n-gram head): {line(ev_prev_blend)}"
              + (f", short asks {f3(ev_prev_blend['probe_short_asks']['model']['accuracy'])}" if ev_prev_blend.get("probe_short_asks") else "") + ".")
        else:
            w("- Previous release (1.0.0) trained on arena-hard v2 with the dataset's source-category labels, without arena-hard "
              "v0.1 and without the multilingual prompts; on its own split it scored real-prompt test acc 0.700 / macro-F1 0.534 "
              "(TF-IDF+LR 0.695 / 0.493). The split changed with the new rows, so those numbers are not directly comparable.")
        alt = load("alt_run.json")
        if alt:
            # The alternative was a from-scratch run: compare it with the from-scratch run of this recipe when there is one.
            base = load("train_log_nopt.json") if log["args"].get("init") else log
            ours = {e["epoch"]: e for e in (base or log)["epochs"]}
            w(f"- Also tried: {alt['what']}. Stopped after {alt['stopped_after_epochs']} of {len(log['epochs'])} epochs because "
              "its dev real-prompt accuracy was lower at every epoch (model only, real acc / macro-F1): " + "; ".join(
                f"ep{e['epoch']} {f3(e['real_acc'])} / {f3(e['real_macro_f1'])} vs the from-scratch run "
                f"{f3(ours.get(e['epoch'], {}).get('real_acc'))} / {f3(ours.get(e['epoch'], {}).get('real_macro_f1'))}"
                for e in alt["epochs"]) + ".")
        trial(w, log, ev)
        seed_spread(w, log, ev)
        trial(w, log, ev, "2")
        trial(w, log, ev, "3")
        trial(w, log, ev, "4")
        cmp = load("compare_prev.json")
        if cmp:
            p, s = cmp["previous"], cmp["shipped"]
            w(f"- Previous vs this release on the {s['all']['n']} test rows neither was trained on (today's test rows that were "
              f"also in {p['model']}'s test split; today's labels; `training/intent/compare_release.ts`): all acc "
              f"{f3(p['all']['accuracy'])} → {f3(s['all']['accuracy'])}, real prompts {f3(p['real']['accuracy'])} → "
              f"{f3(s['real']['accuracy'])} (n={s['real']['n']}), arena-hard {f3(p['arenaHard']['accuracy'])} → "
              f"{f3(s['arenaHard']['accuracy'])} (n={s['arenaHard']['n']}).")
        pretraining(w, log)
    if ev:
        w("")
        w("## Evaluation (test split, shipped model via src/inference)")
        w("")
        n = ev.get("ngramWeight", 0)
        w(f"\"Shipped\" is what the app returns: the model's probabilities combined with the rules classifier's scores as cheap "
          f"prompt features" + (f" and with the n-gram head's probabilities (ngram.json: TF-IDF over word 1–2-grams and in-word "
          f"char 2–4-grams, 20k features each, + logistic regression, int8 weights, trained on the same training split by "
          f"`training/intent/ngram_head.py`; its errors differ from the encoder's)" if n else "")
          + f", p ∝ p_model · p_rules^{ev['rulesWeight']}" + (f" · p_ngram^{n}" if n else "")
          + " (weights chosen on the dev split: the best dev real-prompt accuracy among the settings within 0.001 of the best "
          "dev accuracy; dev acc / dev real acc per rules weight w" + (" and n-gram weight n" if n else "") + ": "
          + ", ".join(f"w={x['w']}" + (f" n={x['n']}" if n else "") + f" {x['devAcc']:.3f}/{x['devRealAcc']:.3f}"
                      for x in ev["devSweep"] if n or x.get("n", 0) == 0)
          + f"; prompts mostly in a non-Latin script get twice the rules weight, because the rules carry keywords in those "
          "languages and the model has seen few such prompts)."
          + (f" Where the rules and the n-gram head name the same task type and both it and their blend reach "
             f"{ev['skipEncoderAt']}, the app answers from them without running the encoder (skip threshold chosen on dev; "
             "dev skipped share, acc / real acc per threshold: "
             + ", ".join(f"{'never' if x['skipAt'] > 1 else x['skipAt']} {x['skipped']:.2f}, {x['devAcc']:.3f}/{x['devRealAcc']:.3f}" for x in ev["devSkipSweep"])
             + f"; on the test split the encoder is skipped for {ev['encoderSkipped']['test']:.0%} of prompts)." if ev.get("devSkipSweep") else "")
          + " \"Model only\" is the ONNX model alone. The baseline is TF-IDF "
          "(word 1–2-grams + char 2–4-grams, 60k features each) + logistic regression trained on the same training split.")
        w("")
        w("| subset | n | shipped acc | shipped macro-F1 | model-only acc | model-only macro-F1 | TF-IDF+LR acc | TF-IDF+LR macro-F1 |")
        w("|---|---|---|---|---|---|---|---|")
        for k, name in [("all", "all"), ("real", "real prompts (arena-hard, mt-bench, self-instruct, awesome-chatgpt-prompts)"),
                        ("template", "project-written templates"), ("multilingual", "project-written multilingual"),
                        ("datasets_nonreal", "other dataset rows"), ("bbh_eval_only", "BIG-bench Hard (never trained on)"),
                        ("arena_v2_source_labels", "arena-hard v2 test rows scored against the dataset's source-category labels"),
                        ("probe_short_asks", "held-out short asks (training/data/probe_short_asks.jsonl)"),
                        ("probe_everyday_asks", "held-out everyday asks (training/data/probe_everyday_asks.jsonl)")]:
            if k not in ev:
                continue
            s = ev[k]
            mo = s.get("modelOnly", {})
            w(f"| {name} | {s['model']['n']} | {f3(s['model']['accuracy'])} | {f3(s['model']['macroF1'])} | "
              f"{f3(mo.get('accuracy'))} | {f3(mo.get('macroF1'))} | "
              f"{f3(s['baseline']['accuracy'])} | {f3(s['baseline']['macroF1'])} |")
        if ev.get("probe_short_asks"):
            pr = ev["probe_short_asks"]
            w("")
            w(f"Short asks are one-line requests that refer to text the user has not pasted (\"tldr this thread pls\"), the "
              f"way prompts are often typed into the app; the rules alone get {f3(pr['rulesOnly']['accuracy'])} of them.")
        if ev.get("probe_everyday_asks"):
            pr = ev["probe_everyday_asks"]
            w("")
            w(f"Everyday asks are advice questions and their look-alikes (\"should I go to urgent care for a sprained ankle or "
              f"just ice it?\", \"is a standing desk actually worth it?\", \"write a short poem about …\"); the rules alone "
              f"get {f3(pr['rulesOnly']['accuracy'])} of them. The rules' patterns for a choice asked as a plain question "
              f"(\"is it better to … or …\", \"worth it\") were written after this probe's misses were seen, so the rules' "
              f"number, and the blend's through them, is optimistic.")
        w("")
        w("Per-class F1 (shipped / baseline):")
        w("")
        w("| label | all | real |")
        w("|---|---|---|")
        for lab in LABELS:
            a = ev["all"]; r = ev["real"]
            w(f"| {lab} | {f3(a['model']['perClass'][lab]['f1'])} / {f3(a['baseline']['perClass'][lab]['f1'])} (n={a['model']['perClass'][lab]['support']}) | "
              f"{f3(r['model']['perClass'][lab]['f1'])} / {f3(r['baseline']['perClass'][lab]['f1'])} (n={r['model']['perClass'][lab]['support']}) |")
        w("")
        cx = ev["complexity"]
        line = f"Complexity against the heuristic labels: accuracy {f3(cx['accuracy'])}, macro-F1 {f3(cx['macroF1'])}, F1 on complex prompts {f3(cx['perClass']['complex']['f1'])}"
        if ev.get("complexityEncoderOnly"):
            eo = ev["complexityEncoderOnly"]
            line += (f" (the encoder's head blended with the n-gram head's complexity layer; the encoder's head alone: "
                     f"{f3(eo['accuracy'])}, {f3(eo['macroF1'])}, {f3(eo['perClass']['complex']['f1'])})")
        w(line + ".")
        w("")
        w("Confusion matrix (test, all; rows = gold, columns = predicted):")
        w("")
        short = {l: l[:6] for l in LABELS}
        w("| gold \\ pred | " + " | ".join(short[l] for l in LABELS) + " |")
        w("|---" * (len(LABELS) + 1) + "|")
        for g in LABELS:
            row = ev["all"]["confusion"].get(g, {})
            w(f"| {g} | " + " | ".join(str(row.get(p, 0)) for p in LABELS) + " |")
        w("")
        w("Per source (test): " + "; ".join(f"{s} {v['modelAcc']:.3f} vs {v['baselineAcc']:.3f} (n={v['n']})" for s, v in ev["sources"].items()))
    if bench:
        w("")
        w("## Latency (bench/inference.ts, this machine: " + f"{bench['machine']['cpus']} vCPU {bench['machine']['cpu']}, onnxruntime-node {bench['machine']['ort']})")
        w("")
        w("| model | threads | load ms | p50/p95 16 tok | p50/p95 64 tok | p50/p95 256 tok | batch-32 prompts/s |")
        w("|---|---|---|---|---|---|---|")
        for key, name in [("model", "shipped"), ("debertaV3BaseSized", "DeBERTa-v3-base-sized (random)")]:
            m = bench.get(key)
            if not m:
                continue
            for t in (1, 2):
                x = m[f"threads_{t}"]
                lat = x["latencyMs"]
                w(f"| {name} ({m['mb']} MB) | {t} | {x['loadMs']:.0f} | {lat['16']['p50']}/{lat['16']['p95']} | "
                  f"{lat['64']['p50']}/{lat['64']['p95']} | {lat['256']['p50']}/{lat['256']['p95']} | {x['batch32']['promptsPerSec']} |")
        if bench.get("speedupVsBase"):
            w("")
            w("Speed-up over the base-sized model (p50): " + ", ".join(f"{k} {v}×" for k, v in bench["speedupVsBase"].items()))
        e = bench.get("classifierEndToEnd", {})
        if e:
            w("")
            w("End to end through src/inference (rules and n-gram head, then tokenize + run + blend where they do not agree): " + "; ".join(
                f"{t.replace('_', ' ')}: prompt p50 {v['prompt']['p50']} / p95 {v['prompt']['p95']} ms"
                + (f" (with the encoder always asked {v['promptEncoderAlways']['p50']} / {v['promptEncoderAlways']['p95']} ms)" if v.get("promptEncoderAlways") else "")
                + f", 100 KB prompt p50 {v['prompt100KB']['p50']} ms, batch-32 {v['batch32PromptsPerSec']} prompts/s"
                + (f" ({v['batch32PromptsPerSecEncoderAlways']} with the encoder always asked)" if v.get("batch32PromptsPerSecEncoderAlways") else "")
                + f", load {v['loadMs']:.0f} ms"
                + (f", event-loop delay while 64 requests run p99 {v['eventLoopDelayDuring64ConcurrentMs']['p99']} / max "
                   f"{v['eventLoopDelayDuring64ConcurrentMs']['max']} ms" if v.get('eventLoopDelayDuring64ConcurrentMs') else "")
                for t, v in e.items()))
            if any(v.get("promptEncoderAlways") for v in e.values()):
                w("")
                w("The benchmark's prompts are clear enough for the rules and the n-gram head to agree on, so the app answers "
                  "them without the encoder; the \"encoder always asked\" figures are the cost where they do not agree.")
            w("")
            w("The session runs in a worker thread: onnxruntime-node 1.30 computes `session.run` on the calling thread "
              "(measured here: a 380 ms batch stalled the event loop for 380 ms), so in-process inference would freeze the "
              "app's main process for the length of each batch.")
        w("")
        w("The machine is a shared 2-core VM; other work was running during measurement, so p95 values include interference.")
    if ev and bench:
        r = ev["real"]
        m64 = bench["model"]["threads_1"]["latencyMs"]["64"]
        w("")
        w("## Targets (issue 3) vs measured")
        w("")
        w("| target | measured | met |")
        w("|---|---|---|")
        ra, rf = r["model"]["accuracy"], r["model"]["macroF1"]
        w(f"| real-prompt test accuracy ≥ 0.85 | {ra:.3f} | {'yes' if ra >= 0.85 else 'no'} |")
        w(f"| real-prompt test macro-F1 ≥ 0.80 | {rf:.3f} | {'yes' if rf >= 0.80 else 'no'} |")
        ok = ra >= r["baseline"]["accuracy"] and rf >= r["baseline"]["macroF1"]
        w(f"| real prompts no worse than TF-IDF+LR | acc {ra:.3f} vs {r['baseline']['accuracy']:.3f}, macro-F1 {rf:.3f} vs "
          f"{r['baseline']['macroF1']:.3f} (model alone: {r['modelOnly']['accuracy']:.3f} / {r['modelOnly']['macroF1']:.3f}) | "
          f"{'yes (with the rules' + (' and n-gram' if ev.get('ngramWeight') else '') + ' blend; not for the model alone)' if ok else 'no'} |")
        w(f"| 64 tokens, 1 thread, p95 ≤ 8 ms (aim 4) | {m64['p95']} ms (p50 {m64['p50']}) | {'yes' if m64['p95'] <= 8 else 'no'} |")
        lm = bench["model"]["threads_1"]["loadMs"]
        w(f"| load ≤ 500 ms | {lm:.0f} ms | {'yes' if lm <= 500 else 'no'} |")
        bt = bench["model"]["threads_2"]["batch32"]["promptsPerSec"]
        e2 = bench.get("classifierEndToEnd", {}).get("threads_2", {})
        via = (f"{e2['batch32PromptsPerSecEncoderAlways']}/s through the classifier with the encoder asked for every prompt, "
               f"{e2['batch32PromptsPerSec']}/s as the app runs them (the cheap heads answer these)"
               if e2.get("batch32PromptsPerSecEncoderAlways") else f"{e2.get('batch32PromptsPerSec')}/s through the classifier")
        w(f"| batch-32 short prompts ≥ 800/s with 2 threads | {bt}/s model-level, {via} | {'yes' if bt >= 800 else 'no'} |")
        sp = bench.get("speedupVsBase", {}).get("threads1_64tok_p50")
        if sp:
            w(f"| ≥ 30× faster than the base-sized model (64 tok, 1 thread) | {sp}× | {'yes' if sp >= 30 else 'no'} |")
        w(f"| ≤ 30 MB | {size/2**20:.1f} MB | {'yes' if size <= 30 * 2**20 else 'no'} |")
        w("")
        if ra < 0.85 or rf < 0.80:
            w("The accuracy targets are not met. Several real classes have under 10 test rows (summarization, closed_qa, "
              "extraction), so real-prompt macro-F1 moves by several points with a handful of prompts. On all test rows: "
              f"shipped {ev['all']['model']['accuracy']:.3f} vs TF-IDF+LR {ev['all']['baseline']['accuracy']:.3f}.")
    w("")
    w("## Known weaknesses")
    n_train = stats["splits"]["train"]["n"] if stats else 0
    w(f"- Trained from scratch on ~{n_train / 1000:.0f}k labelled prompts: real prompts unlike the training sources (other languages, very "
      "domain-specific jargon) are classified less reliably; confidence is not calibrated.")
    if ev and ev.get("multilingual"):
        m = ev["multilingual"]
        w(f"- Other languages: held-out project-written prompts in 15 languages score {f3(m['model']['accuracy'])} shipped, "
          f"{f3(m['modelOnly']['accuracy'])} for the model alone (n={m['model']['n']}); most of the shipped score comes from the "
          "rules' multilingual keywords (src/inference/rules-multilingual.ts). About 400 such training prompts are learned by "
          "heart but do not generalise, and non-Latin scripts are tokenized mostly one character per piece; a multilingual "
          "model needs far more text in those languages (or pretraining on it) than this data has.")
    w("- Dolly's categories are noisy (brainstorming vs open_qa, creative_writing vs analysis), and Dolly dominates "
      "the non-real test rows, which caps accuracy on them.")
    w("- Thin labels (rewrite, planning, analysis) rely on project-written templates; template-made test rows share "
      "templates' style (not their exact text) with training rows, so their scores are optimistic.")
    w("- Real-prompt test rows are dominated by arena-hard (code / math / creative writing) and roleplay setups; the "
      "real subset has few summarization/closed_qa/extraction/rewrite examples, so per-class real-prompt F1 for those is noisy.")
    w("- The hand labels of real prompts are one careful reading per prompt (no second annotator); borderline prompts "
      "(a math task asking for code, a persona that only frames a deliverable) follow training/data/LABELING.md.")
    w("- BIG-bench Hard terse puzzles (never trained on) are often not recognised as reasoning/classification.")
    w("- Complexity is learned from a heuristic label (training/intent/common.py `complexity_of`), not human judgement.")
    w("- Persona framing (\"You are an X. Write …\") is labelled by the deliverable; prompts that mix a persona with an "
      "ongoing conversation can go either way (roleplay vs the deliverable).")
    w("")
    w("Rebuild: `npm run train:intent`; evaluate: `npm run eval:intent`; benchmark: `npm run bench:inference`.")
    (SHIP / "MODEL_CARD.md").write_text("\n".join(L) + "\n")
    print(f"wrote {SHIP / 'MODEL_CARD.md'}")


if __name__ == "__main__":
    main()
