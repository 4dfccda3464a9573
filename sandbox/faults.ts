// Fault injection: programmable failures for REST and GraphQL requests.

interface FaultMatch {
  /** OpenAPI route template (e.g. '/repos/{owner}/{repo}/pulls'), a concrete path, 'graphql', or a RegExp tested on both. */
  route?: string | RegExp;
  method?: string;
  /** Apply from the nth matching request on (0-based). Default 0. */
  index?: number;
  /** How many times to apply. Default 1; use Infinity for "always". */
  times?: number;
}

export type Fault = FaultMatch &
  (
    | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
    | { kind: 'secondary-rate-limit'; retryAfter: number }
    | { kind: 'reset' }
    | { kind: 'latency'; ms: number }
    /** Runs `run` before the request is handled (then handles it normally): another writer acting between a client's read and its write. */
    | { kind: 'before'; run: () => void | Promise<void> }
    /**
     * Performed, then lost: the request is handled (the write happens), then its response is replaced by
     * a 502 (`answer: 'status'`, the default) or the connection is reset (`answer: 'reset'`). The client
     * cannot tell this from a request that never arrived: the common real-world cause of duplicates.
     */
    | { kind: 'lost'; answer?: 'status' | 'reset' }
  );

interface Armed {
  fault: Fault;
  seen: number;
  applied: number;
}

export class Faults {
  private armed: Armed[] = [];

  add(f: Fault): void {
    this.armed.push({ fault: f, seen: 0, applied: 0 });
  }

  clear(): void {
    this.armed = [];
  }

  /** Faults that fire for this request (in order of registration); counters advance. */
  take(method: string, route: string, path: string): Fault[] {
    const out: Fault[] = [];
    for (const a of this.armed) {
      const f = a.fault;
      if (f.method && f.method.toUpperCase() !== method.toUpperCase()) continue;
      if (f.route !== undefined) {
        const ok = typeof f.route === 'string' ? f.route === route || f.route === path : f.route.test(route) || f.route.test(path);
        if (!ok) continue;
      }
      const n = a.seen++;
      if (n < (f.index ?? 0)) continue;
      if (a.applied >= (f.times ?? 1)) continue;
      a.applied++;
      out.push(f);
    }
    return out;
  }
}
