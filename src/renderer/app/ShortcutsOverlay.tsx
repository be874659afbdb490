import { useEffect, useRef } from 'react';
import { useApp } from '../store.ts';
import { MOD } from '../ui/labels.ts';

const GROUPS: { title: string; keys: [string, string][] }[] = [
  {
    title: 'Anywhere',
    keys: [
      ['Alt+1 … Alt+5', 'Enhance, History, Library, Lab, Settings'],
      ['?', 'Show or hide this list'],
      ['Esc', 'Close a dialog or panel'],
      [`${MOD}+Z`, 'Undo the last delete'],
    ],
  },
  {
    title: 'Enhance',
    keys: [
      [`${MOD}+Enter`, 'Enhance the prompt'],
      [`${MOD}+Shift+C`, 'Copy the enhanced prompt'],
      [`${MOD}+S`, 'Save the result to the library'],
      ['Alt+D', 'Switch between result and diff'],
    ],
  },
  {
    title: 'History and Library',
    keys: [
      ['/', 'Search'],
      ['↑ ↓', 'Move through the list'],
      ['Enter', 'Open the selected entry'],
      ['F', 'Star or unstar (History)'],
      ['Delete', 'Delete, with undo'],
    ],
  },
];

export function ShortcutsOverlay() {
  const open = useApp((s) => s.shortcutsOpen);
  const setOpen = useApp((s) => s.setShortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog shortcuts" aria-labelledby="shortcuts-title" data-testid="shortcuts-overlay" onClose={() => setOpen(false)} onClick={(e) => e.target === ref.current && setOpen(false)}>
      <header className="dialog-header">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => setOpen(false)}>
          ×
        </button>
      </header>
      <div className="shortcut-groups">
        {GROUPS.map((g) => (
          <section key={g.title}>
            <h3>{g.title}</h3>
            <dl>
              {g.keys.map(([k, what]) => (
                <div key={k} className="shortcut-row">
                  <dt>
                    {k.split(' … ').map((part, i) => (
                      <span key={part}>
                        {i > 0 && ' … '}
                        <kbd>{part}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
