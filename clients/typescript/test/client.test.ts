import { describe, expect, it } from "vitest";

import { FollowupClient, rateLimit } from "../src/client.js";
import { ProblemError } from "../src/problem.js";
import { FakeServer, json, noWait } from "./fake.js";

const base = "https://api.test";
const interview = { id: "i-1", jobTitle: "Engineer" };

function client(server: FakeServer) {
  return new FollowupClient({ baseUrl: base, token: "tok", fetch: server.fetch, sleep: noWait });
}

describe("FollowupClient", () => {
  it("registers with a fresh Idempotency-Key per create, the same one on its retry, and reads ETag and Location", async () => {
    const server = new FakeServer().answer(
      json(503, { title: "Unavailable" }),
      json(201, interview, {
        ETag: '"v1"',
        Location: `${base}/interviews/i-1`,
        RateLimit: '"candidate";r=598;t=42',
        "RateLimit-Policy": '"candidate";q=600;w=60',
      }),
      json(201, interview, { ETag: '"v1"', "Idempotent-Replayed": "true" }),
    );
    const api = client(server);
    const created = await api.registerInterview({ jobTitle: "Engineer" } as never);
    expect(created).toEqual({
      data: interview,
      etag: '"v1"',
      location: `${base}/interviews/i-1`,
      replayed: false,
      rateLimit: { policy: "candidate", remaining: 598, resetSeconds: 42, limit: 600, windowSeconds: 60 },
    });
    const again = await api.registerInterview({ jobTitle: "Engineer" } as never);
    expect(again.replayed).toBe(true);
    const keys = server.requests.map((r) => r.headers.get("Idempotency-Key"));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(server.requests[0]!.url).toBe(`${base}/interviews`);
    expect(server.requests[0]!.headers.get("Authorization")).toBe("Bearer tok");
  });

  it("uses the caller's own Idempotency-Key when given", async () => {
    const server = new FakeServer().answer(json(201, interview));
    await client(server).registerInterview({} as never, { idempotencyKey: "mine" });
    expect(server.requests[0]!.headers.get("Idempotency-Key")).toBe("mine");
  });

  it("sends the ETag it read as If-Match, and throws the 412 as a problem", async () => {
    const server = new FakeServer().answer(
      json(200, interview, { ETag: '"v1"' }),
      json(200, { ...interview, jobTitle: "Staff" }, { ETag: '"v2"' }),
      json(412, { title: "Precondition Failed", status: 412, detail: "The interview changed since it was read." }),
    );
    const api = client(server);
    const read = await api.getInterview("i-1");
    const updated = await api.replaceInterview("i-1", { jobTitle: "Staff" } as never, read.etag!);
    expect(updated.etag).toBe('"v2"');
    expect(server.requests[1]!.headers.get("If-Match")).toBe('"v1"');
    expect(server.requests[1]!.method).toBe("PUT");
    const stale = api.replaceInterview("i-1", { jobTitle: "Lead" } as never, read.etag!);
    await expect(stale).rejects.toMatchObject({ status: 412, detail: "The interview changed since it was read." });
  });

  it("pages through a list by its Link headers, with the token on every page", async () => {
    const server = new FakeServer().answer(
      json(200, { items: [{ id: "a" }, { id: "b" }], next: "c1" }, { Link: `<${base}/interviews?pageSize=2&cursor=c1>; rel="next"` }),
      json(200, { items: [{ id: "c" }] }),
    );
    const ids: string[] = [];
    for await (const item of client(server).interviews({ pageSize: 2 })) ids.push(item.id);
    expect(ids).toEqual(["a", "b", "c"]);
    expect(server.requests.map((r) => r.url)).toEqual([`${base}/interviews?pageSize=2`, `${base}/interviews?pageSize=2&cursor=c1`]);
    expect(server.requests[1]!.headers.get("Authorization")).toBe("Bearer tok");
  });

  it("refuses to follow a page link to another origin, where the token would go", async () => {
    const server = new FakeServer().answer(json(200, { items: [{ id: "a" }] }, { Link: '<https://elsewhere.test/interviews?cursor=x>; rel="next"' }));
    const pages = client(server).interviewPages();
    await pages.next();
    await expect(pages.next()).rejects.toThrow("another origin");
    expect(server.requests).toHaveLength(1);
  });

  it("calls a fetch given as an option bound to the global object, as a browser's own fetch needs", async () => {
    let self: unknown;
    const api = new FollowupClient({
      baseUrl: base,
      token: "tok",
      fetch: function (this: unknown) {
        self = this;
        return Promise.resolve(json(200, interview));
      },
    });
    await api.getInterview("i-1");
    expect(self).toBe(globalThis);
  });

  it("throws a refused call as a ProblemError with its violations", async () => {
    const server = new FakeServer().answer(
      json(400, { title: "Invalid request", status: 400, detail: "1 field is invalid", violations: [{ field: "jobTitle", message: "must not be blank" }] }),
    );
    const error = await client(server).registerInterview({} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).violationFor("jobTitle")).toBe("must not be blank");
  });

  it("reads a plan, a draft with its options, and sends On-Behalf-Of for an integration", async () => {
    const server = new FakeServer().answer(json(200, { items: [{ id: "f-1" }] }), json(200, { body: "Thank you" }));
    const api = new FollowupClient({ baseUrl: `${base}/`, token: "tok", onBehalfOf: "cand-9", fetch: server.fetch, sleep: noWait });
    expect(await api.followUps("i-1")).toEqual([{ id: "f-1" }]);
    expect((await api.draft("f-1", { tone: "warm" })).body).toBe("Thank you");
    expect(server.requests.map((r) => r.url)).toEqual([`${base}/interviews/i-1/follow-ups`, `${base}/follow-ups/f-1/draft?tone=warm`]);
    expect(server.requests.every((r) => r.headers.get("On-Behalf-Of") === "cand-9")).toBe(true);
  });
});

describe("rateLimit", () => {
  it("reads the RateLimit field, and nothing from a missing or odd one", () => {
    expect(rateLimit(new Headers({ RateLimit: '"integration";r=0;t=9' }))).toEqual({
      policy: "integration",
      remaining: 0,
      resetSeconds: 9,
      limit: null,
      windowSeconds: null,
    });
    expect(rateLimit(new Headers({ RateLimit: '"a";r=1;t=2', "RateLimit-Policy": '"b";q=5;w=60' }))?.limit).toBeNull();
    expect(rateLimit(new Headers())).toBeNull();
    expect(rateLimit(new Headers({ RateLimit: "limit=5" }))).toBeNull();
  });
});
