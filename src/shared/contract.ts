// The one API contract (DESIGN.md §2): every route and event, declared once. The IPC router, preload bridge,
// HTTP server, CLI and renderer client all derive their types from here.
import type { z } from 'zod';
import { appRoutes } from './routes/app.ts';
import { settingsRoutes } from './routes/settings.ts';
import { historyRoutes } from './routes/history.ts';
import { libraryRoutes } from './routes/library.ts';
import { jobEvents, jobRoutes } from './routes/jobs.ts';
import { enhanceRoutes } from './routes/enhance.ts';
import { classifierRoutes } from './routes/classifier.ts';
import { shellEvents, shellRoutes } from './routes/shell.ts';

export const routes = {
  ...appRoutes,
  ...settingsRoutes,
  ...historyRoutes,
  ...libraryRoutes,
  ...jobRoutes,
  ...classifierRoutes,
  ...enhanceRoutes,
  ...shellRoutes,
} as const;

export const events = {
  ...jobEvents,
  ...shellEvents,
} as const;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
export type RouteInput<R extends RouteName> = z.input<Routes[R]['input']>;
export type RouteParsedInput<R extends RouteName> = z.output<Routes[R]['input']>;
export type RouteOutput<R extends RouteName> = z.output<Routes[R]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const ROUTE_NAMES = Object.keys(routes) as RouteName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];
export const isRouteName = (name: unknown): name is RouteName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(routes, name);
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);

export * from './bridge.ts';
