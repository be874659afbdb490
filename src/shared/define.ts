import type { z } from 'zod';

/** One route of the contract: its zod input and output, and a line a human reads in `--help` and docs. */
export interface RouteDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  summary: string;
  /** True when the route starts a job: it returns `{jobId}` at once and reports through job events. */
  job?: boolean;
}

export const defineRoutes = <const T extends Record<string, RouteDef>>(routes: T): T => routes;
export const defineEvents = <const T extends Record<string, z.ZodType>>(events: T): T => events;
