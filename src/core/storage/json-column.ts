// JSON stored in TEXT columns: written with JSON.stringify, read back tolerant of damage (a hand-edited or
// truncated cell must not crash a list view).
export function parseJsonColumn<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export const nowIso = (): string => new Date().toISOString();
