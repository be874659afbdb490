// State of the Enhance page, kept in a store so it survives switching pages (and History can hand a prompt over).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { HistoryEntry, TargetModel } from '../../../shared/index.ts';
import { api, ApiError } from '../../api/index.ts';
import { enhanceRun, type EnhanceResult } from '../../api/engines.ts';
import { useApp } from '../../store.ts';

export interface EnhanceError {
  code: string;
  message: string;
}

interface EnhanceState {
  text: string;
  /** Null: follow the default target model from Settings. */
  target: TargetModel | null;
  result: EnhanceResult | null;
  /** The prompt text the result was made from (toggles reset when the prompt changes). */
  resultText: string;
  /** The user's edit of the enhanced text, or null when untouched. */
  edited: string | null;
  status: 'idle' | 'running' | 'done' | 'error';
  error: EnhanceError | null;
  /** Per-prompt technique toggles, layered over the settings' preferred/excluded lists. */
  excluded: string[];
  preferred: string[];
  feedback: 'up' | 'down' | null;
  view: 'result' | 'diff';
  /** Bumped on each new result so the editable output resets its content. */
  version: number;
  /** True when the shown result's history row was made by this page (a toggle may then replace it). */
  ownRow: boolean;
  setText(text: string): void;
  setTarget(target: TargetModel): void;
  setEdited(text: string | null): void;
  setView(view: 'result' | 'diff'): void;
  run(reason?: 'new' | 'toggle' | 'target'): Promise<void>;
  toggleTechnique(id: string): Promise<void>;
  addTechnique(id: string): Promise<void>;
  setFeedback(f: 'up' | 'down'): Promise<void>;
  rerun(entry: HistoryEntry): void;
  open(entry: HistoryEntry): void;
}

let seq = 0;
const uniq = (xs: string[]) => [...new Set(xs)];
const without = (xs: string[], x: string) => xs.filter((y) => y !== x);

export const useEnhance = create<EnhanceState>()(
  // The draft and the chosen model survive a reload or a restart (local storage of this window only).
  persist(
    (set, get) => ({
      text: '',
      target: null,
      result: null,
      resultText: '',
      edited: null,
      status: 'idle',
      error: null,
      excluded: [],
      preferred: [],
      feedback: null,
      view: 'result',
      version: 0,
      ownRow: false,
      setText(text) {
        set({ text });
      },
      setTarget(target) {
        set({ target });
        if (get().result && get().text.trim()) void get().run('target');
      },
      setEdited(edited) {
        set({ edited });
      },
      setView(view) {
        set({ view });
      },
      async run(reason = 'new') {
        const s = get();
        const text = s.text;
        if (!text.trim()) {
          set({ status: 'error', error: { code: 'VALIDATION', message: 'The prompt is empty: type or paste a prompt, then press Enhance.' } });
          return;
        }
        const settings = useApp.getState().settings;
        // A new prompt starts from the settings alone; a toggle or a model switch keeps this prompt's toggles.
        const fresh = reason === 'new' && text !== s.resultText;
        const excluded = fresh ? [] : s.excluded;
        const preferred = fresh ? [] : s.preferred;
        const previous = s.result;
        const id = ++seq;
        set({ status: 'running', error: null, excluded, preferred });
        try {
          const result = await enhanceRun({
            text,
            source: 'window',
            targetModel: s.target ?? settings?.targetModel ?? 'generic',
            excludedTechniques: uniq([...(settings?.excludedTechniques ?? []), ...excluded]).filter((t) => !preferred.includes(t)),
            preferredTechniques: uniq([...(settings?.preferredTechniques ?? []), ...preferred]).filter((t) => !excluded.includes(t)),
          });
          if (id !== seq) return; // a newer run superseded this one
          set({ result, resultText: text, edited: null, status: 'done', feedback: null, version: get().version + 1, ownRow: true });
          // A toggle or model switch refines the same rewrite: it replaces the row it supersedes rather than piling up
          // near-duplicates in History. Rows opened from History, and rows with feedback, are kept.
          if (reason !== 'new' && s.ownRow && previous?.historyId && previous.historyId !== result.historyId && s.feedback === null) {
            void api.call('history.delete', { id: previous.historyId }).catch(() => {});
          }
        } catch (err) {
          if (id !== seq) return;
          const error = err instanceof ApiError ? { code: err.code, message: err.message } : { code: 'INTERNAL', message: String(err) };
          set({ status: 'error', error });
        }
      },
      async toggleTechnique(techId) {
        const { result, excluded, preferred } = get();
        const applied = result?.techniques.some((t) => t.id === techId) ?? false;
        if (applied) set({ excluded: uniq([...excluded, techId]), preferred: without(preferred, techId) });
        else set({ preferred: uniq([...preferred, techId]), excluded: without(excluded, techId) });
        await get().run('toggle');
      },
      async addTechnique(techId) {
        set({ preferred: uniq([...get().preferred, techId]), excluded: without(get().excluded, techId) });
        await get().run('toggle');
      },
      async setFeedback(f) {
        const { result, feedback } = get();
        if (!result?.historyId) return;
        const next = feedback === f ? null : f;
        set({ feedback: next });
        try {
          await api.call('history.setFeedback', { id: result.historyId, feedback: next });
        } catch (err) {
          set({ feedback });
          useApp.getState().toast(`Feedback not saved: ${err instanceof Error ? err.message : String(err)}`, { kind: 'error' });
        }
      },
      rerun(entry) {
        set({ text: entry.input, target: entry.targetModel, resultText: '', excluded: [], preferred: [], view: 'result' });
        useApp.getState().go('enhance');
        void get().run('new');
      },
      open(entry) {
        // Show a past rewrite as it was, without running the engine again.
        const q = (entry.quality ?? null) as EnhanceResult['quality'] | null;
        const result: EnhanceResult | null =
          q && typeof q === 'object' && 'before' in q && 'after' in q
            ? {
                original: entry.input,
                enhanced: entry.output,
                intent: entry.intent,
                confidence: entry.confidence,
                complexity: entry.complexity,
                // Names come from the registry when the chips render.
                techniques: entry.techniques.map((t) => ({ id: t.id, name: '', reason: t.reason })),
                quality: q,
                notes: [],
                ms: entry.timings.total ?? 0,
                timings: entry.timings,
                targetModel: entry.targetModel ?? 'generic',
                modelVersion: entry.modelVersion,
                classificationSource: entry.modelVersion.startsWith('rules') ? 'rules' : 'model',
                alreadyPresent: [],
                historyId: entry.id,
              }
            : null;
        if (!result) {
          get().rerun(entry);
          return;
        }
        set({
          text: entry.input,
          target: entry.targetModel,
          result,
          resultText: entry.input,
          edited: null,
          status: 'done',
          error: null,
          excluded: [],
          preferred: [],
          feedback: entry.feedback,
          view: 'result',
          version: get().version + 1,
          ownRow: false,
        });
        useApp.getState().go('enhance');
      },
    }),
    { name: 'betterprompts.enhance.draft', version: 1, partialize: (s) => ({ text: s.text, target: s.target }) },
  ),
);

/** The text the user would copy or save: their edit, or the enhanced prompt. */
export const currentOutput = (s: Pick<EnhanceState, 'edited' | 'result'>): string => s.edited ?? s.result?.enhanced ?? '';
