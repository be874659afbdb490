import type { z } from 'zod';
import {
  AppError,
  isRouteName,
  routes,
  type RouteName,
  type RouteOutput,
  type RouteParsedInput,
  type Result,
} from '../shared/index.ts';

export interface CallContext {
  /** Which door the call came through; recorded with history rows and used in logs. */
  transport: 'ipc' | 'http' | 'cli' | 'direct';
}

/** One handler per route: a route without a handler, or with the wrong types, is a compile error. */
export type Handlers = {
  [R in RouteName]: (input: RouteParsedInput<R>, ctx: CallContext) => Promise<RouteOutput<R>>;
};

export type Dispatch = (route: unknown, input: unknown, ctx?: CallContext) => Promise<Result<unknown>>;

const issuesOf = (error: z.ZodError) =>
  error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }));

/**
 * The single entry point every transport calls: checks the route exists, validates input with the route's zod
 * schema (before any side effect), runs the handler and wraps the outcome in a result envelope. Outputs are
 * validated too, so a handler that drifts from the contract fails loudly instead of confusing the UI.
 */
export function createDispatch(handlers: Handlers, log: (msg: string, err: unknown) => void = () => {}): Dispatch {
  return async (route, input, ctx = { transport: 'direct' }) => {
    if (!isRouteName(route)) {
      return { ok: false, error: { code: 'UNKNOWN_ROUTE', message: `Unknown route ${JSON.stringify(String(route)).slice(0, 80)}.` } };
    }
    const def = routes[route];
    const parsed = def.input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      const first = issues[0];
      return {
        ok: false,
        error: { code: 'VALIDATION', message: `Invalid input for ${route}: ${first ? `${first.path}: ${first.message}` : 'malformed'}`, issues },
      };
    }
    try {
      const handler = handlers[route] as (i: unknown, c: CallContext) => Promise<unknown>;
      const output = await handler(parsed.data, ctx);
      const checked = def.output.safeParse(output);
      if (!checked.success) {
        log(`${route} returned output that does not match the contract`, checked.error);
        return { ok: false, error: { code: 'INTERNAL', message: `${route} produced an invalid result (a bug): ${issuesOf(checked.error)[0]?.message ?? ''}` } };
      }
      return { ok: true, data: checked.data };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toShape() };
      log(`${route} failed`, err);
      return { ok: false, error: { code: 'INTERNAL', message: `${route} failed: ${err instanceof Error ? err.message : String(err)}` } };
    }
  };
}
