import { describe, expect, it } from "vitest";

import { Transport, type RetryNotice } from "../src/transport.js";
import { FakeServer, json, noWait } from "./fake.js";

const url = "https://api.example.test/interviews";

describe("Transport", () => {
  it("sends the bearer token and On-Behalf-Of on every call, the token asked afresh each time", async () => {
    const server = new FakeServer().answer(json(200, {}), json(200, {}));
    let issued = 0;
    const transport = new Transport({ token: () => `token-${++issued}`, onBehalfOf: "cand-1", fetch: server.fetch, sleep: noWait });
    await transport.send(new Request(url));
    await transport.send(new Request(url));
    expect(server.requests.map((r) => r.headers.get("Authorization"))).toEqual(["Bearer token-1", "Bearer token-2"]);
    expect(server.requests.every((r) => r.headers.get("On-Behalf-Of") === "cand-1")).toBe(true);
  });

  it("waits what Retry-After asks on 429, then sends the same body and Idempotency-Key again", async () => {
    const server = new FakeServer().answer(json(429, { title: "Too Many Requests" }, { "Retry-After": "2" }), json(201, { id: "i-1" }));
    const notices: RetryNotice[] = [];
    const waited: number[] = [];
    const transport = new Transport({
      token: "t",
      fetch: server.fetch,
      onRetry: (notice) => notices.push(notice),
      sleep: async (ms) => void waited.push(ms),
    });
    const response = await transport.send(
      new Request(url, { method: "POST", body: '{"a":1}', headers: { "Idempotency-Key": "key-1", "Content-Type": "application/json" } }),
    );
    expect(response.status).toBe(201);
    expect(waited).toEqual([2000]);
    expect(notices).toEqual([expect.objectContaining({ attempt: 1, status: 429, retryAfterSeconds: 2, delayMs: 2000 })]);
    expect(server.requests.map((r) => r.headers.get("Idempotency-Key"))).toEqual(["key-1", "key-1"]);
    expect(server.bodies).toEqual(['{"a":1}', '{"a":1}']);
  });

  it("backs off exponentially on 503 without Retry-After and gives the last answer after the last attempt", async () => {
    const server = new FakeServer().answer(json(503, {}), json(503, {}), json(503, { title: "Unavailable" }));
    const waited: number[] = [];
    const transport = new Transport({
      token: "t",
      fetch: server.fetch,
      retry: { maxAttempts: 3, baseDelayMs: 100 },
      sleep: async (ms) => void waited.push(ms),
    });
    const response = await transport.send(new Request(url));
    expect(response.status).toBe(503);
    expect(waited).toEqual([100, 200]);
    expect(server.requests).toHaveLength(3);
  });

  it("returns at once when Retry-After asks for more than it may wait", async () => {
    const server = new FakeServer().answer(json(429, {}, { "Retry-After": "120" }));
    const transport = new Transport({ token: "t", fetch: server.fetch, retry: { maxDelayMs: 10_000 }, sleep: noWait });
    expect((await transport.send(new Request(url))).status).toBe(429);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry other failures", async () => {
    for (const status of [400, 401, 404, 409, 412, 500]) {
      const server = new FakeServer().answer(json(status, {}));
      const transport = new Transport({ token: "t", fetch: server.fetch, sleep: noWait });
      expect((await transport.send(new Request(url))).status).toBe(status);
      expect(server.requests).toHaveLength(1);
    }
  });

  it("repeats after a network failure only what is safe to repeat", async () => {
    const reads = new FakeServer().answer(new TypeError("network"), json(200, {}));
    await new Transport({ token: "t", fetch: reads.fetch, sleep: noWait }).send(new Request(url));
    expect(reads.requests).toHaveLength(2);

    const keyed = new FakeServer().answer(new TypeError("network"), json(201, {}));
    await new Transport({ token: "t", fetch: keyed.fetch, sleep: noWait }).send(
      new Request(url, { method: "POST", body: "{}", headers: { "Idempotency-Key": "k" } }),
    );
    expect(keyed.requests).toHaveLength(2);

    const unkeyed = new FakeServer().answer(new TypeError("network"), json(200, {}));
    const post = new Transport({ token: "t", fetch: unkeyed.fetch, sleep: noWait }).send(new Request(url, { method: "POST", body: "{}" }));
    await expect(post).rejects.toThrow("network");
    expect(unkeyed.requests).toHaveLength(1);
  });

  it("stops waiting when the caller aborts", async () => {
    const server = new FakeServer().answer(json(429, {}, { "Retry-After": "5" }));
    const controller = new AbortController();
    const transport = new Transport({ token: "t", fetch: server.fetch });
    const sent = transport.send(new Request(url, { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error("gone")), 10);
    await expect(sent).rejects.toThrow("gone");
  });
});
