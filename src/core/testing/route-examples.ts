// A valid input for every route, used by contract tests to derive malformed variants. A route without an example
// fails `contract-validation.test.ts`, so new routes get covered.
import type { RouteInput, RouteName } from '../../shared/index.ts';

export const ROUTE_EXAMPLES: { [R in RouteName]?: RouteInput<R> } = {
  'app.info': {},
  'settings.get': {},
  'settings.update': { theme: 'dark', maxTechniques: 3 },
  'history.list': { query: 'summary', limit: 10 },
  'history.get': { id: 1 },
  'history.setFavorite': { id: 1, favorite: true },
  'history.setFeedback': { id: 1, feedback: 'up' },
  'history.delete': { id: 1 },
  'history.restore': { id: 1 },
  'library.list': { tag: 'work' },
  'library.get': { id: 1 },
  'library.create': { title: 'Release notes', body: 'Summarize these commits for users.', tags: ['work'] },
  'library.update': { id: 1, title: 'Release notes v2' },
  'library.delete': { id: 1 },
  'library.restore': { id: 1 },
  'library.import': { content: '{"items":[{"title":"Triage","body":"Classify {{bug}} by severity."}]}', format: 'json' },
  'library.export': { format: 'yaml' },
  'jobs.list': {},
  'jobs.get': { id: 'abcdefgh-1234' },
  'jobs.cancel': { id: 'abcdefgh-1234' },
  'data.backup': {},
  'data.backups': {},
  'data.restore': { name: 'betterprompts-2026-01-01T00-00-00-000Z.db' },
  'shell.status': {},
  'shell.setHotkeyPaused': { paused: true },
};
