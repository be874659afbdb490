import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { LibraryFileFormat, LibraryImportReport, LibraryItem } from '../../../shared/index.ts';
import { api, ApiError } from '../../api/index.ts';
import { isTyping, useApp } from '../../store.ts';
import { useDebounced } from '../../app/useDebounced.ts';
import { copyText } from '../../ui/clipboard.ts';
import { Icon } from '../../ui/Icon.tsx';
import { relativeTime } from '../../ui/labels.ts';
import { useEnhance } from '../enhance/enhanceStore.ts';
import { useLibrarySelection } from './librarySelection.ts';
import { extractVariables, fillVariables, splitVariables } from './variables.ts';

const messageOf = (err: unknown): string =>
  err instanceof ApiError && err.issues?.[0] ? `${err.issues[0].path}: ${err.issues[0].message}` : err instanceof Error ? err.message : String(err);
/** One line of a prompt for the list: whitespace collapsed; a chat-format prompt shows its messages' text. */
function preview(body: string): string {
  let text = body;
  if (body.startsWith('[')) {
    try {
      const messages = JSON.parse(body) as { role?: unknown; content?: unknown }[];
      if (Array.isArray(messages)) text = messages.map((m) => `${String(m.role)}: ${String(m.content)}`).join(' · ');
    } catch {
      /* not JSON: show it as text */
    }
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, 220);
}
/** The contract's limit is 5,000,000 characters; the web server's body limit is 8 MB. */
const MAX_IMPORT_BYTES = 5_000_000;
const parseTags = (s: string) => s.split(',').map((t) => t.trim()).filter(Boolean);

export function LibraryPage() {
  const toast = useApp((s) => s.toast);
  const { selectedId, select } = useLibrarySelection();
  const [items, setItems] = useState<LibraryItem[] | null>(null);
  const [total, setTotal] = useState(0);
  const [tags, setTags] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<(LibraryImportReport & { filename: string }) | null>(null);
  const [exportFormat, setExportFormat] = useState<LibraryFileFormat>('json');
  const fileRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const q = useDebounced(query, 120);

  const refresh = useCallback(async () => {
    try {
      const res = await api.call('library.list', { ...(q.trim() ? { query: q } : {}), ...(tag ? { tag } : {}), limit: 1000 });
      setItems(res.items);
      setTotal(res.total);
      setTags(res.tags);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  }, [q, tag]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const selected = useMemo(() => items?.find((i) => i.id === selectedId) ?? null, [items, selectedId]);

  const remove = useCallback(
    async (item: LibraryItem) => {
      try {
        await api.call('library.delete', { id: item.id });
        if (useLibrarySelection.getState().selectedId === item.id) select(null);
        await refresh();
        toast(`Deleted “${item.title}”.`, {
          action: {
            label: 'Undo',
            run: () =>
              void api
                .call('library.restore', { id: item.id })
                .then(() => {
                  select(item.id);
                  return refresh();
                })
                .catch((err: unknown) => toast(`Could not undo: ${messageOf(err)}`, { kind: 'error' })),
          },
        });
      } catch (err) {
        toast(`Could not delete: ${messageOf(err)}`, { kind: 'error' });
      }
    },
    [refresh, select, toast],
  );

  // "/" searches; ↑/↓ move through the list; Delete removes the selected prompt (with undo).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items?.length) {
        e.preventDefault();
        const i = items.findIndex((it) => it.id === selectedId);
        const next = items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
        if (next) select(next.id);
      } else if (e.key === 'Delete' && selected) {
        e.preventDefault();
        void remove(selected);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, selectedId, selected, select, remove]);

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setReport({ format: 'json', total: 0, imported: [], rejected: [{ at: 'file', reason: `The file is ${(file.size / 1e6).toFixed(1)} MB; an import reads up to 5 MB. Split it and import the parts.` }], filename: file.name });
      return;
    }
    try {
      const content = await file.text();
      const res = await api.call('library.import', { content, filename: file.name });
      setReport({ ...res, filename: file.name });
      await refresh();
    } catch (err) {
      setReport({ format: 'json', total: 0, imported: [], rejected: [{ at: 'file', reason: messageOf(err) }], filename: file.name });
    }
  };

  const exportAll = async () => {
    try {
      const res = await api.call('library.export', { format: exportFormat, ...(tag ? { tag } : {}) });
      const url = URL.createObjectURL(new Blob([res.content], { type: exportFormat === 'json' ? 'application/json' : 'text/plain' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = res.filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      toast(`Exported ${res.count} prompt${res.count === 1 ? '' : 's'} to ${res.filename}.`, { kind: 'success' });
    } catch (err) {
      toast(`Export failed: ${messageOf(err)}`, { kind: 'error' });
    }
  };

  const filtered = Boolean(q.trim() || tag);

  return (
    <section className="page page-wide" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title">Library</h1>
          <p className="subtitle">Prompts you reuse, with tags and {'{{variables}}'} you fill in when you copy.</p>
        </div>
        <div className="toolbar">
          <input ref={fileRef} type="file" hidden data-testid="library-import-file" accept=".json,.jsonl,.ndjson,.yaml,.yml,application/json,text/yaml" aria-label="Import file" onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
            e.target.value = '';
          }} />
          <button type="button" onClick={() => fileRef.current?.click()} title="Import JSON, or promptfoo JSONL / YAML">
            <Icon name="upload" /> Import…
          </button>
          <div className="split-button">
            <select aria-label="Export format" value={exportFormat} onChange={(e) => setExportFormat(e.target.value as LibraryFileFormat)}>
              <option value="json">JSON (everything)</option>
              <option value="jsonl">promptfoo JSONL</option>
              <option value="yaml">promptfoo YAML</option>
            </select>
            <button type="button" onClick={() => void exportAll()} disabled={!total && !filtered}>
              <Icon name="download" /> Export
            </button>
          </div>
        </div>
      </header>

      {report && <ImportReport report={report} onClose={() => setReport(null)} />}
      {error && (
        <div className="banner error" role="alert">
          Could not load the library: {error}{' '}
          <button type="button" onClick={() => void refresh()}>
            Retry
          </button>
        </div>
      )}

      <div className="split">
        <div className="split-list">
          <div className="list-toolbar">
            <div className="search-field">
              <Icon name="search" />
              <input ref={searchRef} type="search" aria-label="Search library" placeholder="Search saved prompts  ( / )" value={query} onChange={(e) => setQuery(e.target.value)} />
            </div>
            <button type="button" className="primary" onClick={() => select(null)} aria-pressed={selectedId === null} title="New prompt">
              <Icon name="plus" /> New
            </button>
          </div>
          {tags.length > 0 && (
            <div className="tag-filter" role="group" aria-label="Filter by tag">
              <button type="button" className={tag === '' ? 'chip on' : 'chip'} aria-pressed={tag === ''} onClick={() => setTag('')}>
                All
              </button>
              {tags.map((t) => (
                <button key={t} type="button" className={tag === t ? 'chip on' : 'chip'} aria-pressed={tag === t} onClick={() => setTag(tag === t ? '' : t)}>
                  {t}
                </button>
              ))}
            </div>
          )}
          <p className="muted small count">{items ? `${total.toLocaleString()} saved prompt${total === 1 ? '' : 's'}${filtered ? ' match' : ''}` : 'Loading…'}</p>
          <ul className="list" data-testid="library-list" aria-label="Saved prompts">
            {items?.map((item) => (
              <li key={item.id}>
                <button type="button" className={item.id === selectedId ? 'row selectable selected' : 'row selectable'} aria-current={item.id === selectedId ? 'true' : undefined} onClick={() => select(item.id)}>
                  <span className="row-main">
                    <span className="row-title">{item.title}</span>
                    <span className="row-body">{preview(item.body)}</span>
                    <span className="row-meta">
                      {item.tags.map((t) => (
                        <span key={t} className="chip small">
                          {t}
                        </span>
                      ))}
                      <span>{relativeTime(item.updatedAt)}</span>
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {items && items.length === 0 && (
            <div className="empty-state">
              {filtered ? (
                <>Nothing matches. Try fewer words, or clear the tag filter.</>
              ) : (
                <>
                  <strong>No saved prompts yet.</strong>
                  <p>
                    Save a rewrite from <em>Enhance</em>, write one here, or import a file (JSON, or promptfoo JSONL/YAML). Put <code>{'{{name}}'}</code> where the
                    text changes; you fill it in when you copy.
                  </p>
                </>
              )}
            </div>
          )}
        </div>
        <div className="split-detail">
          {selected ? (
            <ItemEditor key={selected.id} item={selected} onSaved={() => void refresh()} onDelete={() => void remove(selected)} />
          ) : (
            <NewPrompt
              onCreated={(item) => {
                select(item.id);
                void refresh();
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}

function ImportReport({ report, onClose }: { report: LibraryImportReport & { filename: string }; onClose: () => void }) {
  const n = report.imported.length;
  const bad = report.rejected.length;
  return (
    <section className={`card import-report${bad ? ' has-errors' : ''}`} role="region" aria-label="Import report" data-testid="import-report">
      <header className="import-head">
        <strong>
          {n > 0 ? `Imported ${n} prompt${n === 1 ? '' : 's'}` : 'Nothing imported'} from {report.filename}
          {report.total ? ` (${report.format.toUpperCase()}, ${report.total} row${report.total === 1 ? '' : 's'})` : ''}
        </strong>
        <button type="button" className="icon-button" aria-label="Close import report" onClick={onClose}>
          ×
        </button>
      </header>
      {bad > 0 && (
        <>
          <p className="field-error">
            {bad} {bad === 1 ? 'row was' : 'rows were'} rejected; fix {bad === 1 ? 'it' : 'them'} in the file and import again (imported rows are not duplicated if you remove them first):
          </p>
          <ul className="rejected" data-testid="import-rejected">
            {report.rejected.slice(0, 50).map((r, i) => (
              <li key={i}>
                <strong>{r.at}</strong>: {r.reason}
              </li>
            ))}
            {bad > 50 && <li>… and {bad - 50} more.</li>}
          </ul>
        </>
      )}
    </section>
  );
}

function NewPrompt({ onCreated }: { onCreated: (item: LibraryItem) => void }) {
  const [draft, setDraft] = useState({ title: '', body: '', tags: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const item = await api.call('library.create', { title: draft.title, body: draft.body, tags: parseTags(draft.tags) });
      setDraft({ title: '', body: '', tags: '' });
      setFormError(null);
      onCreated(item);
    } catch (err) {
      setFormError(messageOf(err));
    }
  };
  return (
    <form className="card form" onSubmit={(e) => void save(e)} aria-label="New saved prompt">
      <h2>New prompt</h2>
      <label>
        Title
        <input value={draft.title} placeholder="e.g. Weekly status report" onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </label>
      <label>
        Prompt
        <textarea rows={8} value={draft.body} placeholder="Summarize my week for {{manager}} in five bullets." onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
      </label>
      <label>
        Tags
        <input value={draft.tags} placeholder="work, reports" onChange={(e) => setDraft({ ...draft, tags: e.target.value })} />
      </label>
      {formError && (
        <div className="field-error" role="alert">
          {formError}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          Save prompt
        </button>
      </div>
    </form>
  );
}

function ItemEditor({ item, onSaved, onDelete }: { item: LibraryItem; onSaved: () => void; onDelete: () => void }) {
  const toast = useApp((s) => s.toast);
  const [draft, setDraft] = useState({ title: item.title, body: item.body, tags: item.tags.join(', '), notes: item.notes });
  const [formError, setFormError] = useState<string | null>(null);
  const dirty = draft.title !== item.title || draft.body !== item.body || draft.tags !== item.tags.join(', ') || draft.notes !== item.notes;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.call('library.update', { id: item.id, title: draft.title, body: draft.body, notes: draft.notes, tags: parseTags(draft.tags) });
      setFormError(null);
      toast('Saved.', { kind: 'success' });
      onSaved();
    } catch (err) {
      setFormError(messageOf(err));
    }
  };

  return (
    <div className="detail-stack">
      <VariablesPanel body={draft.body} />
      <form className="card form" onSubmit={(e) => void save(e)} aria-label={`Edit ${item.title}`}>
        <h2>Edit</h2>
        <label>
          Title
          <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <label>
          Prompt
          <textarea rows={8} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
        </label>
        <label>
          Tags
          <input value={draft.tags} placeholder="work, reports" onChange={(e) => setDraft({ ...draft, tags: e.target.value })} />
        </label>
        <label>
          Notes
          <textarea rows={2} value={draft.notes} placeholder="When to use it, what worked…" onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
        </label>
        {formError && (
          <div className="field-error" role="alert">
            {formError}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={!dirty}>
            Save changes
          </button>
          <button
            type="button"
            title="Open this prompt on the Enhance page and enhance it"
            onClick={() => {
              useEnhance.getState().setText(draft.body);
              useApp.getState().go('enhance');
              void useEnhance.getState().run('new');
            }}
          >
            <Icon name="enhance" /> Enhance it
          </button>
          <span className="spacer" />
          <button type="button" className="danger" onClick={onDelete}>
            <Icon name="trash" /> Delete
          </button>
        </div>
      </form>
    </div>
  );
}

function VariablesPanel({ body }: { body: string }) {
  const toast = useApp((s) => s.toast);
  const names = useMemo(() => extractVariables(body), [body]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [copied, setCopied] = useState(false);
  const filled = fillVariables(body, values);
  const missing = names.filter((n) => !values[n]);

  const copy = async () => {
    if (await copyText(filled)) {
      setCopied(true);
      setTimeout(() => setCopied(false), 1600);
      toast(missing.length ? `Copied, with ${missing.length} variable${missing.length === 1 ? '' : 's'} left unfilled.` : 'Copied the filled prompt.', { kind: 'success' });
    } else toast('Could not copy: the clipboard is not available here.', { kind: 'error' });
  };

  return (
    <section className="card variables" aria-labelledby="vars-title" data-testid="variables-panel">
      <header className="card-head">
        <h2 id="vars-title">{names.length ? 'Fill in and copy' : 'Copy'}</h2>
        <button type="button" className="primary" data-testid="copy-filled" onClick={() => void copy()}>
          <Icon name={copied ? 'check' : 'copy'} /> {copied ? 'Copied' : names.length ? 'Copy filled prompt' : 'Copy prompt'}
        </button>
      </header>
      {names.length > 0 ? (
        <div className="var-fields">
          {names.map((n) => (
            <label key={n} className="var-field">
              <span>
                <code>{`{{${n}}}`}</code>
              </span>
              <textarea rows={1} aria-label={`Value for ${n}`} data-testid={`var-${n}`} value={values[n] ?? ''} onChange={(e) => setValues({ ...values, [n]: e.target.value })} />
            </label>
          ))}
        </div>
      ) : (
        <p className="muted small">
          No variables. Write <code>{'{{name}}'}</code> in the prompt where the text changes, and fill it in here before copying.
        </p>
      )}
      <pre className="preview" data-testid="filled-preview" aria-label="Preview">
        {splitVariables(filled).map((p, i) =>
          p.variable ? (
            <mark key={i} className="var-unfilled" title="Not filled in yet">
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </pre>
    </section>
  );
}
