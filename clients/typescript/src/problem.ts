import type { components } from "./generated/schema.js";

export type Problem = components["schemas"]["Problem"];
export type Violation = components["schemas"]["Violation"];

/**
 * A refused or failed call, carrying the service's RFC 9457 problem document: `detail` says what went
 * wrong, `violations` name each field, query parameter or header to fix.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds the service asked to wait (`Retry-After`), when it said so and the header was readable. */
  readonly retryAfterSeconds: number | null;
  /** On a 401, why the token was refused (`WWW-Authenticate`, RFC 6750: `error="invalid_token"`, say). */
  readonly authenticate: string | null;

  constructor(status: number, problem: Problem, retryAfterSeconds: number | null = null, authenticate: string | null = null) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = "ProblemError";
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
    this.authenticate = authenticate;
  }

  get type(): string {
    return this.problem.type ?? "about:blank";
  }

  get title(): string {
    return this.problem.title ?? `HTTP ${this.status}`;
  }

  get detail(): string | undefined {
    return this.problem.detail;
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }

  /** The first violation's message for a field, for showing it beside that field in a form. */
  violationFor(field: string): string | undefined {
    return this.violations.find((violation) => violation.field === field)?.message;
  }

  /** From an answer that is not a success; `body` is what was read of it, when it was read already. */
  static async of(response: Response, body?: unknown): Promise<ProblemError> {
    let parsed = body;
    if (parsed === undefined) {
      const text = await response.text().catch(() => "");
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
    }
    const problem: Problem = isProblem(parsed)
      ? parsed
      : { title: response.statusText || `HTTP ${response.status}`, status: response.status };
    return new ProblemError(response.status, problem, retryAfterSeconds(response.headers, Date.now()), response.headers.get("WWW-Authenticate"));
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && ("title" in value || "detail" in value || "status" in value);
}

/** `Retry-After` as seconds (RFC 9110: delay-seconds or an HTTP-date); null when absent or unreadable. */
export function retryAfterSeconds(headers: Headers, nowMillis: number): number | null {
  const value = headers.get("Retry-After")?.trim();
  if (!value) {
    return null;
  }
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMillis) / 1000));
}
