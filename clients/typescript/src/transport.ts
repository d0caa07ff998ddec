import { retryAfterSeconds } from "./problem.js";

/** A bearer token, or a function that returns the current one (called before every attempt). */
export type TokenSource = string | (() => string | Promise<string>);

export interface RetryOptions {
  /** Attempts in all, the first included (default 3; 1 turns retries off). */
  maxAttempts?: number;
  /** Wait before the second attempt when the service names no time; doubles each attempt (default 500 ms). */
  baseDelayMs?: number;
  /** Never wait longer than this; an answer asking for more is returned as it is (default 30 s). */
  maxDelayMs?: number;
}

/** What the transport tells before it waits to try again. */
export interface RetryNotice {
  attempt: number;
  method: string;
  url: string;
  /** The status that caused the retry, or null after a network failure. */
  status: number | null;
  /** The service's `Retry-After`, when it sent one and the browser let us read it. */
  retryAfterSeconds: number | null;
  delayMs: number;
}

export interface TransportOptions {
  token: TokenSource;
  /** For an integration acting for one candidate: sent as `On-Behalf-Of` on every call. */
  onBehalfOf?: string;
  retry?: RetryOptions;
  onRetry?: (notice: RetryNotice) => void;
  fetch?: (request: Request) => Promise<Response>;
  /** For tests: how to wait. */
  sleep?: (ms: number, signal?: AbortSignal | null) => Promise<void>;
}

const RETRIED_STATUSES = new Set([429, 503]);
const SAFE_TO_REPEAT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/**
 * Sends requests with the caller's identity and retries what the service asks to retry: 429 and 503
 * (the service wrote nothing) after `Retry-After`, and network failures where repeating is safe
 * (reads, PUT and DELETE, and creates carrying an `Idempotency-Key`, which the retry sends again).
 */
export class Transport {
  private readonly options: TransportOptions;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(options: TransportOptions) {
    this.options = options;
    this.maxAttempts = Math.max(1, options.retry?.maxAttempts ?? 3);
    this.baseDelayMs = options.retry?.baseDelayMs ?? 500;
    this.maxDelayMs = options.retry?.maxDelayMs ?? 30_000;
  }

  async send(request: Request): Promise<Response> {
    // Called unbound, a browser's own fetch passed as an option would throw "Illegal invocation".
    const given = this.options.fetch;
    const doFetch = given ? (r: Request) => given.call(globalThis, r) : (r: Request) => globalThis.fetch(r);
    for (let attempt = 1; ; attempt++) {
      // Each attempt sends a copy, so the body and the Idempotency-Key stay for the next one.
      const sent = await this.authorize(request.clone());
      let response: Response;
      try {
        response = await doFetch(sent);
      } catch (error) {
        if (request.signal?.aborted || attempt >= this.maxAttempts || !repeatable(request)) {
          throw error;
        }
        await this.wait(request, attempt, null, null);
        continue;
      }
      if (!RETRIED_STATUSES.has(response.status) || attempt >= this.maxAttempts) {
        return response;
      }
      const askedFor = retryAfterSeconds(response.headers, Date.now());
      if (askedFor !== null && askedFor * 1000 > this.maxDelayMs) {
        return response;
      }
      await response.body?.cancel().catch(() => undefined);
      await this.wait(request, attempt, response.status, askedFor);
    }
  }

  private async authorize(request: Request): Promise<Request> {
    const token = typeof this.options.token === "function" ? await this.options.token() : this.options.token;
    request.headers.set("Authorization", `Bearer ${token}`);
    if (this.options.onBehalfOf && !request.headers.has("On-Behalf-Of")) {
      request.headers.set("On-Behalf-Of", this.options.onBehalfOf);
    }
    return request;
  }

  private async wait(request: Request, attempt: number, status: number | null, askedFor: number | null) {
    const backoff = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    const delayMs = askedFor !== null ? askedFor * 1000 : backoff;
    this.options.onRetry?.({ attempt, method: request.method, url: request.url, status, retryAfterSeconds: askedFor, delayMs });
    await (this.options.sleep ?? sleep)(delayMs, request.signal);
  }
}

function repeatable(request: Request): boolean {
  return SAFE_TO_REPEAT.has(request.method.toUpperCase()) || request.headers.has("Idempotency-Key");
}

export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
