import type { EventName, EventPayload } from '../../shared/index.ts';

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Fans main→renderer events out to every transport (IPC windows, SSE clients, tests). */
export class EventBus {
  readonly #listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.#listeners) {
      try {
        listener(name, payload);
      } catch {
        // One broken subscriber (a closed window, a dropped socket) must not stop the others.
      }
    }
  }

  get size(): number {
    return this.#listeners.size;
  }
}
