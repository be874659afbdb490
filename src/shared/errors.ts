// The result envelope every transport returns; nothing relies on a rejected promise crossing a process boundary.
import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION', // input did not match the route's schema
  'NOT_FOUND', // an id that does not exist
  'UNAVAILABLE', // a feature whose engine is not present (yet, or could not load)
  'CANCELLED', // the caller cancelled the work
  'TOO_LARGE', // input over a size limit
  'CONFLICT', // the request clashes with current state
  'FORBIDDEN', // refused by a security check
  'UNKNOWN_ROUTE',
  'INTERNAL', // a bug: the message says what failed
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** For VALIDATION: which fields failed and why. */
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export const ErrorShapeSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Thrown inside services; transports turn it into `{ok:false,error}`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: AppErrorShape['issues'];
  constructor(code: ErrorCode, message: string, issues?: AppErrorShape['issues']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
  toShape(): AppErrorShape {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, issues?: AppErrorShape['issues']): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
