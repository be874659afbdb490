import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../shared/index.ts';
import { classifierInfo, classifierPredict, type ClassifierInfo } from '../../api/engines.ts';
import { useApp } from '../../store.ts';
import { TARGET_MODEL_HINTS, TARGET_MODEL_LABELS, TARGET_MODEL_OPTIONS } from '../../ui/labels.ts';
import { DataSection } from './DataSection.tsx';
import { DesktopSection } from './DesktopSection.tsx';

const VERBOSITY: { value: Settings['verbosity']; label: string; hint: string }[] = [
  { value: 'concise', label: 'Concise', hint: 'One line per technique' },
  { value: 'balanced', label: 'Balanced', hint: 'The usual amount of guidance' },
  { value: 'detailed', label: 'Detailed', hint: 'Fuller guidance and examples' },
];
const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsPage() {
  const settings = useApp((s) => s.settings);
  const saveSettings = useApp((s) => s.saveSettings);
  const techniques = useApp((s) => s.techniques);

  if (!settings) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">Settings</h1>
        <p className="muted">Loading…</p>
      </section>
    );
  }

  const pref = (id: string): 'auto' | 'prefer' | 'never' =>
    settings.preferredTechniques.includes(id) ? 'prefer' : settings.excludedTechniques.includes(id) ? 'never' : 'auto';
  const setPref = (id: string, v: 'auto' | 'prefer' | 'never') =>
    void saveSettings({
      preferredTechniques: [...settings.preferredTechniques.filter((t) => t !== id), ...(v === 'prefer' ? [id] : [])],
      excludedTechniques: [...settings.excludedTechniques.filter((t) => t !== id), ...(v === 'never' ? [id] : [])],
    });

  return (
    <section className="page settings" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title">Settings</h1>
          <p className="subtitle">Changes are saved as you make them.</p>
        </div>
      </header>

      <section className="card" aria-labelledby="s-enhance">
        <h2 id="s-enhance">Enhancement</h2>
        <div className="setting">
          <div className="setting-text">
            <label htmlFor="setting-target-model">Default target model</label>
            <p className="muted small">{TARGET_MODEL_HINTS[settings.targetModel]}. You can switch per prompt on the Enhance page.</p>
          </div>
          <select id="setting-target-model" data-testid="setting-target-model" value={settings.targetModel} onChange={(e) => void saveSettings({ targetModel: e.target.value as Settings['targetModel'] })}>
            {TARGET_MODEL_OPTIONS.map((m) => (
              <option key={m} value={m}>
                {TARGET_MODEL_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="setting">
          <div className="setting-text">
            <label htmlFor="setting-max">Maximum techniques per rewrite</label>
            <p className="muted small">Fewer keeps prompts short; more adds guidance for hard tasks.</p>
          </div>
          <div className="range-field">
            <input
              id="setting-max"
              data-testid="setting-max-techniques"
              type="range"
              min={1}
              max={10}
              value={settings.maxTechniques}
              onChange={(e) => void saveSettings({ maxTechniques: Number(e.target.value) })}
            />
            <output htmlFor="setting-max" className="range-value">
              {settings.maxTechniques}
            </output>
          </div>
        </div>
        <div className="setting">
          <div className="setting-text">
            <span id="verbosity-label">Verbosity</span>
            <p className="muted small">{VERBOSITY.find((v) => v.value === settings.verbosity)?.hint}</p>
          </div>
          <Segmented
            label="Verbosity"
            labelledBy="verbosity-label"
            testId="setting-verbosity"
            value={settings.verbosity}
            options={VERBOSITY}
            onChange={(v) => void saveSettings({ verbosity: v })}
          />
        </div>
        <div className="setting column">
          <div className="setting-text">
            <span id="techniques-label">Techniques</span>
            <p className="muted small">
              <em>Auto</em> lets the selector decide from the task; <em>Prefer</em> adds a technique whenever it does not conflict; <em>Never</em> leaves it out.
            </p>
          </div>
          {techniques.length ? (
            <ul className="technique-prefs" aria-labelledby="techniques-label">
              {techniques.map((t) => (
                <li key={t.id}>
                  <div className="technique-info">
                    <strong>{t.name}</strong>
                    <span className="muted small" title={t.purpose}>
                      {t.purpose}
                    </span>
                  </div>
                  <Segmented
                    label={`${t.name} preference`}
                    testId={`technique-pref-${t.id}`}
                    value={pref(t.id)}
                    options={[
                      { value: 'auto', label: 'Auto' },
                      { value: 'prefer', label: 'Prefer' },
                      { value: 'never', label: 'Never' },
                    ]}
                    onChange={(v) => setPref(t.id, v)}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">The technique list appears here once the enhance engine is available.</p>
          )}
        </div>
      </section>

      <section className="card" aria-labelledby="s-appearance">
        <h2 id="s-appearance">Appearance</h2>
        <div className="setting">
          <div className="setting-text">
            <span id="theme-label">Theme</span>
            <p className="muted small">System follows your operating system’s light or dark mode.</p>
          </div>
          <Segmented label="Theme" labelledBy="theme-label" testId="setting-theme" value={settings.theme} options={THEMES} onChange={(v) => void saveSettings({ theme: v })} />
        </div>
      </section>

      <DesktopSection />
      <ModelSection />
      <DataSection />
    </section>
  );
}

function Segmented<T extends string>({
  label,
  labelledBy,
  testId,
  value,
  options,
  onChange,
}: {
  label: string;
  labelledBy?: string;
  testId: string;
  value: T;
  options: { value: T; label: string }[];
  onChange(v: T): void;
}) {
  return (
    <div className="segmented" role="radiogroup" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy} data-testid={testId}>
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'seg on' : 'seg'}>
          <input type="radio" name={testId} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </div>
  );
}

function ModelSection() {
  const [info, setInfo] = useState<ClassifierInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [measuring, setMeasuring] = useState(false);
  const load = useCallback(async () => {
    try {
      setInfo(await classifierInfo());
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const measure = async () => {
    setMeasuring(true);
    try {
      const samples = ['write a haiku about autumn', 'summarize this article for a busy executive', 'fix the bug in this python function', 'plan a week of meals'];
      for (let i = 0; i < 12; i++) await classifierPredict(samples[i % samples.length]!);
    } catch {
      /* the info call below shows the state */
    }
    await load();
    setMeasuring(false);
  };

  const provider = info ? (info.source === 'rules' ? 'Rules (no model)' : info.provider === 'cpu' ? 'CPU' : `GPU (${info.provider.toUpperCase()})`) : '';
  return (
    <section className="card" aria-labelledby="s-model" data-testid="model-info">
      <h2 id="s-model">Intent model</h2>
      {error ? (
        <p className="muted">The on-device classifier is not available in this build ({error}). Prompts are classified by rules until it is.</p>
      ) : !info ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <dl className="facts">
            <div>
              <dt>Model</dt>
              <dd>
                {info.name} <span className="muted">v{info.version}</span>
              </dd>
            </div>
            <div>
              <dt>Runs on</dt>
              <dd data-testid="model-provider">{provider}</dd>
            </div>
            <div>
              <dt>Latency</dt>
              <dd data-testid="model-latency">
                {info.latencyMs.count ? `${info.latencyMs.mean.toFixed(1)} ms mean · ${info.latencyMs.p95.toFixed(1)} ms p95 (${info.latencyMs.count} runs)` : 'Not measured yet'}
              </dd>
            </div>
            <div>
              <dt>Loaded in</dt>
              <dd>
                {info.loadMs.toFixed(0)} ms (+{info.warmupMs.toFixed(0)} ms warm-up) · {info.threads} thread{info.threads === 1 ? '' : 's'}
                {info.modelBytes ? ` · ${(info.modelBytes / 1e6).toFixed(1)} MB` : ''}
              </dd>
            </div>
          </dl>
          {info.errors.length > 0 && (
            <ul className="notes">
              {info.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => void measure()} disabled={measuring}>
            {measuring ? 'Measuring…' : 'Measure latency'}
          </button>
        </>
      )}
    </section>
  );
}

