// One API client for the renderer, whatever carries it: Electron IPC (the preload bridge) or HTTP + SSE (web mode).
import type { EventName, EventPayload, Result, RouteInput, RouteName, RouteOutput, AppErrorShape } from '../../shared/index.ts';

export interface Transport {
  invoke(route: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export class ApiError extends Error {
  readonly code: AppErrorShape['code'];
  readonly issues: AppErrorShape['issues'];
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.issues = shape.issues;
  }
}

export interface ApiClient {
  call<R extends RouteName>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(route, input) {
      const result = await transport.invoke(route, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.data as never;
    },
    on(event, listener) {
      return transport.on(event, listener as (p: unknown) => void);
    },
  };
}
