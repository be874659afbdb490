import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { TargetModel } from '../../../shared/index.ts';
import { api, ApiError } from '../../api/index.ts';
import { isTyping, useApp } from '../../store.ts';
import { copyText } from '../../ui/clipboard.ts';
import { Icon } from '../../ui/Icon.tsx';
import { COMPLEXITY_LABELS, MOD, TARGET_MODEL_HINTS, TARGET_MODEL_LABELS, TARGET_MODEL_OPTIONS, pct, taskTypeLabel, techniqueLabel } from '../../ui/labels.ts';
import { useLibrarySelection } from '../library/librarySelection.ts';
import { currentOutput, useEnhance } from './enhanceStore.ts';
import { DiffView } from './DiffView.tsx';
import { QualityPanel } from './QualityPanel.tsx';

const EXAMPLES = [
  'write a python function that removes duplicate rows from a csv file',
  'summarize this meeting transcript for people who missed it: {{transcript}}',
  'plan a 3 day trip to lisbon on a budget',
  'is this review positive or negative? "The battery died after two days."',
];

const ERROR_HINTS: Record<string, string> = {
  VALIDATION: 'Check the prompt and try again.',
  TOO_LARGE: 'Shorten the prompt (or enhance it in parts) and try again.',
  UNAVAILABLE: 'Your prompt is kept. Check that BetterPrompts is still running (or that its engine is installed), then press Enhance again.',
  UNKNOWN_ROUTE: 'This build of the core has no enhance engine yet. Your prompt is kept; update BetterPrompts and try again.',
  INTERNAL: 'This is a bug in BetterPrompts. Your prompt is kept; try again, and report it if it keeps happening.',
};

export function EnhancePage() {
  const s = useEnhance();
  const settings = useApp((a) => a.settings);
  const techniques = useApp((a) => a.techniques);
  const toast = useApp((a) => a.toast);
  const go = useApp((a) => a.go);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const outputRef = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
  const [saving, setSaving] = useState(false);
  const target: TargetModel = s.target ?? settings?.targetModel ?? 'generic';
  const names = useMemo(() => new Map(techniques.map((t) => [t.id, t.name])), [techniques]);
  const output = currentOutput(s);
  const result = s.result;
  const stale = result !== null && s.text !== s.resultText;

  // The editable output holds its own DOM text while the user edits; it is reset only when a new result arrives.
  useLayoutEffect(() => {
    if (outputRef.current && result) outputRef.current.textContent = useEnhance.getState().edited ?? result.enhanced;
  }, [s.version, result, s.view]);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  // Where the result sits below the editor (narrow windows), bring a new result into view.
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const card = resultRef.current;
    if (s.version > 0 && card && card.getBoundingClientRect().top > window.innerHeight * 0.6) card.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [s.version]);

  const copy = async () => {
    if (!output) return;
    const ok = await copyText(output);
    if (ok) {
      setCopied(true);
      setTimeout(() => setCopied(false), 1600);
      toast('Copied the enhanced prompt to the clipboard.', { kind: 'success' });
    } else toast('Could not copy: the clipboard is not available here. Select the text and copy it by hand.', { kind: 'error' });
  };

  // Ctrl/Cmd+Enter enhances from anywhere on the page; Ctrl/Cmd+Shift+C copies; Ctrl/Cmd+S saves; Alt+D diff.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key === 'Enter') {
        e.preventDefault();
        void useEnhance.getState().run('new');
      } else if (mod && e.shiftKey && (e.key === 'C' || e.key === 'c')) {
        e.preventDefault();
        void copy();
      } else if (mod && !e.shiftKey && (e.key === 's' || e.key === 'S')) {
        e.preventDefault();
        if (useEnhance.getState().result) setSaving(true);
      } else if (e.altKey && (e.key === 'd' || e.code === 'KeyD') && useEnhance.getState().result) {
        e.preventDefault();
        const st = useEnhance.getState();
        st.setView(st.view === 'diff' ? 'result' : 'diff');
      } else if (e.key === 'Escape' && !isTyping(e)) setSaving(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const applied = result?.techniques ?? [];
  const off = s.excluded.filter((id) => !applied.some((t) => t.id === id));
  const addable = techniques.filter((t) => !applied.some((a) => a.id === t.id) && !off.includes(t.id));

  return (
    <section className="page page-wide" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title">Enhance</h1>
          <p className="subtitle">Paste a rough prompt. BetterPrompts names its task, picks techniques that fit and rewrites it, on this machine.</p>
        </div>
      </header>

      <div className="enhance-grid">
        <div className="card editor-card">
          <div className="card-head">
            <label htmlFor="prompt-input" className="card-title">
              Your prompt
            </label>
            <span className="muted small">{s.text.length ? `${s.text.length.toLocaleString()} characters · ~${Math.max(1, Math.round(s.text.length / 4)).toLocaleString()} tokens` : ''}</span>
          </div>
          <textarea
            id="prompt-input"
            ref={inputRef}
            data-testid="prompt-input"
            className="prompt-input"
            spellCheck
            placeholder="e.g. write a function that parses dates from log lines"
            value={s.text}
            onChange={(e) => s.setText(e.target.value)}
          />
          <div className="editor-bar">
            <label className="inline-field">
              <span>Model</span>
              <select data-testid="target-model" aria-label="Target model" value={target} title={TARGET_MODEL_HINTS[target]} onChange={(e) => s.setTarget(e.target.value as TargetModel)}>
                {TARGET_MODEL_OPTIONS.map((m) => (
                  <option key={m} value={m}>
                    {TARGET_MODEL_LABELS[m]}
                  </option>
                ))}
              </select>
            </label>
            <span className="spacer" />
            <button
              type="button"
              className="primary"
              data-testid="enhance-button"
              aria-keyshortcuts="Control+Enter Meta+Enter"
              aria-busy={s.status === 'running'}
              onClick={() => void s.run('new')}
            >
              <Icon name="enhance" />
              {/* One label in every state, so the bar never re-flows when a result arrives; progress shows on the result. */}
              Enhance
              <span className="button-kbd" aria-hidden="true">
                {MOD}+Enter
              </span>
            </button>
          </div>
        </div>

        <div ref={resultRef} className={`card result-card${s.status === 'running' ? ' busy' : ''}`} aria-busy={s.status === 'running'}>
          <div className="progress-line" aria-hidden="true" />
          <span className="visually-hidden" role="status">
            {s.status === 'running'
              ? 'Enhancing…'
              : result && s.status === 'done'
                ? `Enhanced as ${taskTypeLabel(result.intent)} with ${result.techniques.length} technique${result.techniques.length === 1 ? '' : 's'}.`
                : ''}
          </span>
          {s.error && (
            <div className="inline-error" role="alert" data-testid="enhance-error">
              <strong>Could not enhance this prompt.</strong> {s.error.message} <span className="muted">{ERROR_HINTS[s.error.code] ?? ''}</span>
            </div>
          )}
          {!result ? (
            <EmptyResult onExample={(t) => s.setText(t)} />
          ) : (
            <>
              <div className="result-head">
                <div className="badges">
                  <span className="badge intent" data-testid="intent-badge" title={`Task type from the ${result.classificationSource === 'model' ? 'on-device model' : 'rules classifier'} (${result.modelVersion})`}>
                    {taskTypeLabel(result.intent)} <span className="badge-sub">{pct(result.confidence)}</span>
                  </span>
                  <span className="badge" data-testid="complexity-badge" title="How much the prompt asks for">
                    {COMPLEXITY_LABELS[result.complexity]}
                  </span>
                  <span className="muted small" title={Object.entries(result.timings).map(([k, v]) => `${k}: ${v.toFixed(1)} ms`).join('\n')}>
                    {result.ms < 1 ? '<1' : Math.round(result.ms)} ms · {TARGET_MODEL_LABELS[result.targetModel]}
                  </span>
                  {stale && <span className="badge warn">Prompt changed: press Enhance</span>}
                </div>
                <div className="tabs" role="tablist" aria-label="Result view">
                  <button type="button" role="tab" aria-selected={s.view === 'result'} data-testid="view-result" onClick={() => s.setView('result')}>
                    Result
                  </button>
                  <button type="button" role="tab" aria-selected={s.view === 'diff'} data-testid="view-diff" title="Original vs enhanced (Alt+D)" onClick={() => s.setView('diff')}>
                    Diff
                  </button>
                </div>
              </div>

              <div className="chips" role="group" aria-label="Techniques (click to turn off or on)">
                {applied.map((t) => (
                  <TechniqueChip key={t.id} name={t.name || techniqueLabel(t.id, names)} reason={t.reason} on onToggle={() => void s.toggleTechnique(t.id)} />
                ))}
                {off.map((id) => (
                  <TechniqueChip key={id} name={techniqueLabel(id, names)} reason="Turned off for this prompt. Click to add it back." on={false} onToggle={() => void s.toggleTechnique(id)} />
                ))}
                {applied.length === 0 && off.length === 0 && <span className="muted small">No technique fits this prompt with the current settings.</span>}
                {addable.length > 0 && (
                  <select
                    className="add-technique"
                    aria-label="Add a technique"
                    value=""
                    onChange={(e) => {
                      if (e.target.value) void s.addTechnique(e.target.value);
                    }}
                  >
                    <option value="">+ Technique</option>
                    {addable.map((t) => (
                      <option key={t.id} value={t.id} title={t.purpose}>
                        {t.name}
                      </option>
                    ))}
                  </select>
                )}
              </div>

              <div className="result-body">
                {s.view === 'diff' ? (
                  <DiffView before={result.original} after={output} />
                ) : (
                  <pre
                    ref={outputRef}
                    className="output"
                    data-testid="enhanced-output"
                    role="textbox"
                    aria-multiline="true"
                    aria-label="Enhanced prompt (editable)"
                    contentEditable="plaintext-only"
                    suppressContentEditableWarning
                    spellCheck={false}
                    onInput={(e) => {
                      // innerText: a line break typed in the editable area is a <br>, which textContent would drop.
                      const text = e.currentTarget.innerText;
                      s.setEdited(text === result.enhanced ? null : text);
                    }}
                  />
                )}
              </div>
              {result.notes.length > 0 && (
                <ul className="notes">
                  {result.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
              <div className="result-actions">
                <button type="button" data-testid="copy-button" onClick={() => void copy()} title={`Copy (${MOD}+Shift+C)`}>
                  <Icon name={copied ? 'check' : 'copy'} />
                  {copied ? 'Copied' : 'Copy'}
                </button>
                <button type="button" data-testid="save-to-library" onClick={() => setSaving((v) => !v)} aria-expanded={saving} title={`Save to library (${MOD}+S)`}>
                  <Icon name="save" />
                  Save to library
                </button>
                {s.edited !== null && (
                  <button type="button" className="ghost" onClick={() => { s.setEdited(null); if (outputRef.current) outputRef.current.textContent = result.enhanced; }}>
                    Revert edits
                  </button>
                )}
                {s.edited !== null && <span className="badge">Edited</span>}
                <span className="spacer" />
                <span className="muted small">{result.historyId ? 'Was this rewrite good?' : ''}</span>
                <button
                  type="button"
                  className="icon-button"
                  data-testid="feedback-up"
                  aria-label="Good rewrite"
                  aria-pressed={s.feedback === 'up'}
                  disabled={!result.historyId}
                  onClick={() => void s.setFeedback('up')}
                >
                  <Icon name="up" filled={s.feedback === 'up'} />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  data-testid="feedback-down"
                  aria-label="Bad rewrite"
                  aria-pressed={s.feedback === 'down'}
                  disabled={!result.historyId}
                  onClick={() => void s.setFeedback('down')}
                >
                  <Icon name="down" filled={s.feedback === 'down'} />
                </button>
              </div>
              {saving && (
                <SaveToLibrary
                  body={output}
                  original={result.original}
                  onDone={(id, title) => {
                    setSaving(false);
                    toast(`Saved “${title}” to the library.`, {
                      kind: 'success',
                      action: {
                        label: 'Open',
                        run: () => {
                          useLibrarySelection.getState().select(id);
                          go('library');
                        },
                      },
                    });
                  }}
                  onCancel={() => setSaving(false)}
                />
              )}
            </>
          )}
        </div>
      </div>
      {result && <QualityPanel quality={result.quality} />}
    </section>
  );
}

function TechniqueChip({ name, reason, on, onToggle }: { name: string; reason: string; on: boolean; onToggle: () => void }) {
  const id = useId();
  return (
    <span className="chip-wrap">
      <button type="button" className={on ? 'chip technique on' : 'chip technique off'} data-testid="technique-chip" aria-pressed={on} aria-describedby={id} onClick={onToggle}>
        {on ? <Icon name="check" size={12} /> : <Icon name="plus" size={12} />}
        {name}
      </button>
      <span role="tooltip" id={id} className="tooltip">
        {reason}
        <span className="tooltip-hint">{on ? 'Click to turn it off for this prompt.' : ''}</span>
      </span>
    </span>
  );
}

function EmptyResult({ onExample }: { onExample: (text: string) => void }) {
  return (
    <div className="empty-result" data-testid="enhance-empty">
      <h2>How it works</h2>
      <ol className="steps">
        <li>
          <strong>Write or paste</strong> a prompt on the left, as rough as you like.
        </li>
        <li>
          <strong>Enhance</strong> (<kbd>{MOD}</kbd>+<kbd>Enter</kbd>): the on-device classifier names the task, and fitting techniques are added, each with its
          reason.
        </li>
        <li>
          <strong>Adjust</strong>: turn techniques off or on, edit the result, compare with the diff, then copy it or keep it in the library.
        </li>
      </ol>
      <p className="muted">Try an example:</p>
      <div className="examples">
        {EXAMPLES.map((e) => (
          <button key={e} type="button" className="example" onClick={() => onExample(e)}>
            {e}
          </button>
        ))}
      </div>
    </div>
  );
}

function SaveToLibrary({ body, original, onDone, onCancel }: { body: string; original: string; onDone: (id: number, title: string) => void; onCancel: () => void }) {
  const firstLine = original.trim().split('\n')[0] ?? '';
  const [title, setTitle] = useState(firstLine.length > 60 ? `${firstLine.slice(0, 57).trimEnd()}…` : firstLine);
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const item = await api.call('library.create', { title, body, tags: tags.split(',').map((t) => t.trim()).filter(Boolean) });
      onDone(item.id, item.title);
    } catch (err) {
      setError(err instanceof ApiError && err.issues?.[0] ? `${err.issues[0].path === 'title' ? 'Title' : err.issues[0].path}: ${err.issues[0].message}` : String(err instanceof Error ? err.message : err));
    }
  };
  return (
    <form className="save-form" onSubmit={(e) => void submit(e)} aria-label="Save to library" data-testid="save-form">
      <label className="inline-field grow">
        <span>Title</span>
        <input autoFocus aria-label="Library title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <label className="inline-field">
        <span>Tags</span>
        <input aria-label="Library tags" placeholder="work, email" value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <button type="submit" className="primary" data-testid="save-confirm">
        Save
      </button>
      <button type="button" className="ghost" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}
