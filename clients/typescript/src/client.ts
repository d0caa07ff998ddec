import createClient, { type Client } from "openapi-fetch";

import { subscribe, withSlash, type StreamedEvent, type SubscribeOptions } from "./events.js";
import type { components, paths } from "./generated/schema.js";
import { followPages, itemsOf, nextLink, type Page } from "./pages.js";
import { ProblemError } from "./problem.js";
import { Transport, type TransportOptions } from "./transport.js";

type Schemas = components["schemas"];
export type Interview = Schemas["Interview"];
export type InterviewRequest = Schemas["InterviewRequest"];
export type InterviewListItem = Schemas["InterviewListItem"];
export type FollowUp = Schemas["FollowUp"];
export type Draft = Schemas["Draft"];
export type DoneRequest = Schemas["DoneRequest"];
export type SkipRequest = Schemas["SkipRequest"];
export type SnoozeRequest = Schemas["SnoozeRequest"];
export type OutcomeRequest = Schemas["OutcomeRequest"];
export type InterviewQuery = NonNullable<paths["/interviews"]["get"]["parameters"]["query"]>;
export type AgendaQuery = NonNullable<paths["/agenda"]["get"]["parameters"]["query"]>;
export type DraftOptions = NonNullable<paths["/follow-ups/{id}/draft"]["get"]["parameters"]["query"]>;

export interface FollowupClientOptions extends TransportOptions {
  /** Where the API is, e.g. `https://followup.example.com`. */
  baseUrl: string;
}

/** Where a quota stands after a call (`RateLimit` and `RateLimit-Policy`, draft-ietf-httpapi-ratelimit-headers). */
export interface RateLimitState {
  policy: string;
  remaining: number;
  resetSeconds: number;
  /** The quota and its window, when `RateLimit-Policy` names the same policy. */
  limit: number | null;
  windowSeconds: number | null;
}

/** A resource with what its answer said about it. */
export interface Answer<T> {
  data: T;
  /** The version to send back as `If-Match` when changing it. */
  etag: string | null;
  /** Where a created resource lives. */
  location: string | null;
  /** True when a create was answered from its `Idempotency-Key`'s first answer. */
  replayed: boolean;
  rateLimit: RateLimitState | null;
}


/**
 * The interview-followup API for frontends and integrations. `api` is the generated, fully typed client
 * for every operation; the methods here add what a generator does not: one `Idempotency-Key` per create
 * (kept across retries), ETags captured and sent back as `If-Match`, cursor pages as async iterators
 * over `Link` headers, problems thrown as `ProblemError`, and live events.
 */
export class FollowupClient {
  /** Every operation of the contract, typed from it; goes through the same token and retries. */
  readonly api: Client<paths>;
  private readonly transport: Transport;
  private readonly baseUrl: string;

  constructor(options: FollowupClientOptions) {
    this.transport = new Transport(options);
    this.baseUrl = withSlash(options.baseUrl);
    this.api = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/$/, ""), fetch: (request) => this.transport.send(request) });
  }

  /** Registers an interview; a retry of this call (by the transport) sends the same `Idempotency-Key`. */
  async registerInterview(body: InterviewRequest, options: { idempotencyKey?: string } = {}): Promise<Answer<Interview>> {
    const idempotencyKey = options.idempotencyKey ?? randomKey();
    return answer(await this.api.POST("/interviews", { body, headers: { "Idempotency-Key": idempotencyKey } }));
  }

  async getInterview(id: string): Promise<Answer<Interview>> {
    return answer(await this.api.GET("/interviews/{id}", { params: { path: { id } } }));
  }

  /** Replaces an interview, provided it is still at `etag` (else a 412 `ProblemError`: read it again). */
  async replaceInterview(id: string, body: InterviewRequest, etag: string): Promise<Answer<Interview>> {
    return answer(await this.api.PUT("/interviews/{id}", { params: { path: { id }, header: { "If-Match": etag } }, body }));
  }

  async deleteInterview(id: string, etag?: string): Promise<void> {
    const header = etag ? { "If-Match": etag } : {};
    await answer(await this.api.DELETE("/interviews/{id}", { params: { path: { id }, header } }));
  }

  /** The caller's interviews, page by page. */
  interviewPages(query: InterviewQuery = {}): AsyncGenerator<Page<InterviewListItem>, void, undefined> {
    return followPages(
      async () => page(await this.api.GET("/interviews", { params: { query } })),
      (url) => this.pageAt<InterviewListItem>(url),
    );
  }

  /** The caller's interviews, one after another across pages. */
  interviews(query: InterviewQuery = {}): AsyncGenerator<InterviewListItem, void, undefined> {
    return itemsOf(this.interviewPages(query));
  }

  /** One interview's follow-up plan. */
  async followUps(interviewId: string): Promise<FollowUp[]> {
    return (await answer(await this.api.GET("/interviews/{interviewId}/follow-ups", { params: { path: { interviewId } } }))).data.items;
  }

  async followUp(id: string): Promise<Answer<FollowUp>> {
    return answer(await this.api.GET("/follow-ups/{id}", { params: { path: { id } } }));
  }

  /** What is due across the caller's interviews, page by page. */
  agendaPages(query: AgendaQuery = {}): AsyncGenerator<Page<FollowUp>, void, undefined> {
    return followPages(
      async () => page(await this.api.GET("/agenda", { params: { query } })),
      (url) => this.pageAt<FollowUp>(url),
    );
  }

  agenda(query: AgendaQuery = {}): AsyncGenerator<FollowUp, void, undefined> {
    return itemsOf(this.agendaPages(query));
  }

  /** A first draft of the message for a follow-up. */
  async draft(followUpId: string, options: DraftOptions = {}): Promise<Draft> {
    return (await answer(await this.api.GET("/follow-ups/{id}/draft", { params: { path: { id: followUpId }, query: options } }))).data;
  }

  async markDone(followUpId: string, body: DoneRequest = {}): Promise<Answer<FollowUp>> {
    return answer(await this.api.POST("/follow-ups/{id}/done", { params: { path: { id: followUpId } }, body }));
  }

  async skip(followUpId: string, body: SkipRequest = {}): Promise<Answer<FollowUp>> {
    return answer(await this.api.POST("/follow-ups/{id}/skip", { params: { path: { id: followUpId } }, body }));
  }

  async snooze(followUpId: string, body: SnoozeRequest): Promise<Answer<FollowUp>> {
    return answer(await this.api.POST("/follow-ups/{id}/snooze", { params: { path: { id: followUpId } }, body }));
  }

  /** Records what the employer said; answers with the interview's replanned follow-ups. */
  async recordOutcome(interviewId: string, body: OutcomeRequest): Promise<FollowUp[]> {
    return (await answer(await this.api.POST("/interviews/{interviewId}/outcome", { params: { path: { interviewId } }, body }))).data.items;
  }

  /** The caller's events live, resuming after `options.after` when given; see `subscribe`. */
  events(options: SubscribeOptions = {}): AsyncGenerator<StreamedEvent, void, undefined> {
    return subscribe((request) => this.transport.send(request), this.baseUrl, options);
  }

  private async pageAt<T>(url: string): Promise<Page<T>> {
    const target = new URL(url, this.baseUrl);
    if (target.origin !== new URL(this.baseUrl).origin) {
      // The token goes with every request: never to a host the caller did not choose.
      throw new Error(`A page link leads to another origin than ${this.baseUrl}: ${target.origin}`);
    }
    const response = await this.transport.send(new Request(target, { headers: { Accept: "application/json" } }));
    if (!response.ok) {
      throw await ProblemError.of(response);
    }
    const body = (await response.json()) as { items: T[] };
    return { items: body.items, next: nextLink(response.headers.get("Link")) };
  }
}

export function createFollowupClient(options: FollowupClientOptions): FollowupClient {
  return new FollowupClient(options);
}

async function answer<T>(result: { data?: T; error?: unknown; response: Response }): Promise<Answer<T>> {
  const { response } = result;
  if (!response.ok) {
    throw await ProblemError.of(response, result.error ?? undefined);
  }
  return {
    data: result.data as T,
    etag: response.headers.get("ETag"),
    location: response.headers.get("Location"),
    replayed: response.headers.get("Idempotent-Replayed") === "true",
    rateLimit: rateLimit(response.headers),
  };
}

async function page<T>(result: { data?: { items: T[] }; error?: unknown; response: Response }): Promise<Page<T>> {
  const { data } = await answer(result);
  return { items: data.items, next: nextLink(result.response.headers.get("Link")) };
}

/**
 * `RateLimit: "candidate";r=598;t=42` with `RateLimit-Policy: "candidate";q=600;w=60`, or null when absent
 * (or not exposed to a browser).
 */
export function rateLimit(headers: Headers): RateLimitState | null {
  const state = structuredField(headers.get("RateLimit"));
  if (!state) {
    return null;
  }
  const remaining = Number(state.params.get("r"));
  const resetSeconds = Number(state.params.get("t"));
  if (!Number.isFinite(remaining) || !Number.isFinite(resetSeconds)) {
    return null;
  }
  const policy = structuredField(headers.get("RateLimit-Policy"));
  const own = policy?.name === state.name ? policy : null;
  const number = (value: string | undefined) => (value !== undefined && Number.isFinite(Number(value)) ? Number(value) : null);
  return { policy: state.name, remaining, resetSeconds, limit: number(own?.params.get("q")), windowSeconds: number(own?.params.get("w")) };
}

/** The first member of a structured-field list: `"name";key=value;key=value`. */
function structuredField(value: string | null): { name: string; params: Map<string, string> } | null {
  const match = /^\s*"([^"]*)"\s*((?:;[^,;]*)*)/.exec(value ?? "");
  if (!match) {
    return null;
  }
  const params = new Map<string, string>();
  for (const part of (match[2] ?? "").split(";").slice(1)) {
    const [key, raw] = part.trim().split("=");
    if (key && raw !== undefined) params.set(key, raw);
  }
  return { name: match[1] ?? "", params };
}

/** A UUID v4; `crypto.randomUUID` exists only in secure contexts (https or localhost). */
function randomKey(): string {
  if (typeof crypto.randomUUID === "function") {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
