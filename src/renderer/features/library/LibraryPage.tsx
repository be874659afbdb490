import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { LibraryItem } from '../../../shared/index.ts';
import { api, ApiError } from '../../api/index.ts';
import { useApp } from '../../store.ts';
import { useDebounced } from '../../app/useDebounced.ts';

export function LibraryPage() {
  const toast = useApp((s) => s.toast);
  const [items, setItems] = useState<LibraryItem[] | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState({ title: '', body: '', tags: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const q = useDebounced(query, 150);

  const refresh = useCallback(async () => {
    const res = await api.call('library.list', { ...(q.trim() ? { query: q } : {}), ...(tag ? { tag } : {}) });
    setItems(res.items);
    setTags(res.tags);
  }, [q, tag]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.call('library.create', {
        title: draft.title,
        body: draft.body,
        tags: draft.tags.split(',').map((t) => t.trim()).filter(Boolean),
      });
      setDraft({ title: '', body: '', tags: '' });
      setFormError(null);
      await refresh();
    } catch (err) {
      setFormError(err instanceof ApiError && err.issues?.[0] ? `${err.issues[0].path}: ${err.issues[0].message}` : String(err));
    }
  };
  const remove = async (item: LibraryItem) => {
    await api.call('library.delete', { id: item.id });
    await refresh();
    toast(`Deleted "${item.title}".`, { action: { label: 'Undo', run: () => void api.call('library.restore', { id: item.id }).then(refresh) } });
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">Library</h1>
        <div className="toolbar">
          <input type="search" aria-label="Search library" placeholder="Search saved prompts…" value={query} onChange={(e) => setQuery(e.target.value)} />
          <select aria-label="Filter by tag" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
      </header>
      <form className="card form" onSubmit={(e) => void save(e)} aria-label="New saved prompt">
        <input aria-label="Title" placeholder="Title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        <textarea aria-label="Prompt" placeholder="Prompt text" rows={4} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
        <input aria-label="Tags" placeholder="Tags, separated by commas" value={draft.tags} onChange={(e) => setDraft({ ...draft, tags: e.target.value })} />
        {formError && <div className="field-error" role="alert">{formError}</div>}
        <div>
          <button type="submit" className="primary">
            Save prompt
          </button>
        </div>
      </form>
      {items && items.length === 0 && <div className="empty-state">{q || tag ? 'Nothing matches.' : 'No saved prompts yet. Save prompts you reuse, with tags, to find them fast.'}</div>}
      <ul className="list" data-testid="library-list">
        {items?.map((item) => (
          <li key={item.id} className="row">
            <div className="row-main">
              <div className="row-title">{item.title}</div>
              <div className="row-body">{item.body.slice(0, 240)}</div>
              <div className="row-meta">
                {item.tags.map((t) => (
                  <span key={t} className="chip">
                    {t}
                  </span>
                ))}
              </div>
            </div>
            <div className="row-actions">
              <button type="button" onClick={() => void remove(item)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
