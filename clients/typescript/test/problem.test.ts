import { describe, expect, it } from "vitest";

import { ProblemError, retryAfterSeconds } from "../src/problem.js";
import { json } from "./fake.js";

describe("ProblemError", () => {
  it("carries the problem document, its detail as the message and its violations by field", async () => {
    const error = await ProblemError.of(
      json(400, {
        type: "https://interview-followup.dev/problems/validation",
        title: "Invalid request",
        status: 400,
        detail: "jobTitle: must not be blank",
        violations: [{ field: "jobTitle", message: "must not be blank" }],
      }),
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(400);
    expect(error.message).toBe("jobTitle: must not be blank");
    expect(error.type).toBe("https://interview-followup.dev/problems/validation");
    expect(error.violationFor("jobTitle")).toBe("must not be blank");
    expect(error.violationFor("company")).toBeUndefined();
  });

  it("stands in a problem for an answer that has none (a proxy's HTML page, say)", async () => {
    const error = await ProblemError.of(new Response("<html>bad gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    expect(error.title).toBe("Bad Gateway");
    expect(error.violations).toEqual([]);
    expect(error.type).toBe("about:blank");
  });

  it("keeps why a token was refused", async () => {
    const error = await ProblemError.of(json(401, { title: "Unauthorized" }, { "WWW-Authenticate": 'Bearer realm="interview-followup", error="invalid_token"' }));
    expect(error.authenticate).toContain('error="invalid_token"');
    expect((await ProblemError.of(json(400, {}))).authenticate).toBeNull();
  });

  it("keeps the Retry-After the service sent", async () => {
    const error = await ProblemError.of(json(429, { title: "Too Many Requests" }, { "Retry-After": "7" }));
    expect(error.retryAfterSeconds).toBe(7);
  });
});

describe("retryAfterSeconds", () => {
  const now = Date.parse("2026-03-06T14:00:00Z");

  it("reads seconds and HTTP dates, and nothing else", () => {
    expect(retryAfterSeconds(new Headers({ "Retry-After": "30" }), now)).toBe(30);
    expect(retryAfterSeconds(new Headers({ "Retry-After": "Fri, 06 Mar 2026 14:00:45 GMT" }), now)).toBe(45);
    expect(retryAfterSeconds(new Headers({ "Retry-After": "Fri, 06 Mar 2026 13:00:00 GMT" }), now)).toBe(0);
    expect(retryAfterSeconds(new Headers({ "Retry-After": "soon" }), now)).toBeNull();
    expect(retryAfterSeconds(new Headers(), now)).toBeNull();
  });
});
