import { describe, expect, it } from "vitest";

import { subscribe, type StreamedEvent } from "../src/events.js";
import { ProblemError } from "../src/problem.js";
import { FakeServer, json } from "./fake.js";

function event(id: string, type = "interview.created") {
  return { id, type, occurredAt: "2026-03-06T14:00:00Z", tenantId: "t", data: {} };
}

/** A server-sent-events answer delivered in the given chunks, then closed. */
function stream(...chunks: string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
}

async function take(events: AsyncGenerator<StreamedEvent>, count: number): Promise<StreamedEvent[]> {
  const taken: StreamedEvent[] = [];
  for await (const streamed of events) {
    taken.push(streamed);
    if (taken.length === count) break;
  }
  return taken;
}

describe("subscribe", () => {
  it("reads events split anywhere across chunks, skipping heartbeats", async () => {
    const first = `id: P1\nevent: interview.created\ndata: ${JSON.stringify(event("e1"))}\n\n`;
    const second = `id: P2\r\nevent: follow_up.due\r\ndata: ${JSON.stringify(event("e2", "follow_up.due"))}\r\n\r\n`;
    const server = new FakeServer().answer(stream(": keep-alive\n\n", first.slice(0, 17), first.slice(17) + second.slice(0, 40), second.slice(40)));
    const events = await take(subscribe(server.fetch, "https://api.test", { reconnectDelayMs: 0 }), 2);
    expect(events.map((e) => [e.position, e.type, e.event.id])).toEqual([
      ["P1", "interview.created", "e1"],
      ["P2", "follow_up.due", "e2"],
    ]);
    const request = server.requests[0]!;
    expect(request.url).toBe("https://api.test/events/stream");
    expect(request.headers.get("Accept")).toBe("text/event-stream");
    expect(request.headers.has("Last-Event-ID")).toBe(false);
  });

  it("reconnects when the stream ends, resuming after the last event with Last-Event-ID", async () => {
    const server = new FakeServer().answer(
      stream(`id: P7\ndata: ${JSON.stringify(event("e7"))}\n\n`),
      stream(`id: P8\ndata: ${JSON.stringify(event("e8"))}\n\n`),
    );
    let opened = 0;
    const events = await take(subscribe(server.fetch, "https://api.test/", { after: "P6", reconnectDelayMs: 0, onOpen: () => opened++ }), 2);
    expect(events.map((e) => e.position)).toEqual(["P7", "P8"]);
    expect(server.requests.map((r) => r.headers.get("Last-Event-ID"))).toEqual(["P6", "P7"]);
    expect(opened).toBe(2);
  });

  it("resumes from the stream's opening mark when it reconnects before any event, and tells each position", async () => {
    const server = new FakeServer().answer(
      stream(": position START\nid: START\n\n"),
      stream(`id: P1\ndata: ${JSON.stringify(event("e1"))}\n\n`),
    );
    const positions: string[] = [];
    const events = await take(subscribe(server.fetch, "https://api.test", { reconnectDelayMs: 0, onPosition: (p) => positions.push(p) }), 1);
    expect(events.map((e) => e.position)).toEqual(["P1"]);
    expect(server.requests.map((r) => r.headers.get("Last-Event-ID"))).toEqual([null, "START"]);
    expect(positions).toEqual(["START"]); // P1's is told when the consumer asks for more; it stopped
  });

  it("reconnects after a network failure", async () => {
    const server = new FakeServer().answer(new TypeError("offline"), stream(`id: P1\ndata: ${JSON.stringify(event("e1"))}\n\n`));
    const events = await take(subscribe(server.fetch, "https://api.test", { reconnectDelayMs: 0 }), 1);
    expect(events.map((e) => e.position)).toEqual(["P1"]);
    expect(server.requests).toHaveLength(2);
  });

  it("tries again when connecting meets a proxy's or a restart's error, and when the quota is spent", async () => {
    const server = new FakeServer().answer(
      new Response("bad gateway", { status: 502 }),
      json(429, { title: "Too Many Requests" }),
      stream(`id: P1\ndata: ${JSON.stringify(event("e1"))}\n\n`),
    );
    const events = await take(subscribe(server.fetch, "https://api.test", { reconnectDelayMs: 0 }), 1);
    expect(events.map((e) => e.position)).toEqual(["P1"]);
    expect(server.requests).toHaveLength(3);
  });

  it("tells an event's position only once the consumer asks for the next", async () => {
    const server = new FakeServer().answer(stream(`id: P1\ndata: ${JSON.stringify(event("e1"))}\n\nid: P2\ndata: ${JSON.stringify(event("e2"))}\n\n`));
    const positions: string[] = [];
    const events = subscribe(server.fetch, "https://api.test", { onPosition: (p) => positions.push(p) });
    expect((await events.next()).value?.position).toBe("P1");
    expect(positions).toEqual([]);
    expect((await events.next()).value?.position).toBe("P2");
    expect(positions).toEqual(["P1"]);
    await events.return(undefined);
  });

  it("throws the problem when the service refuses, a purged position say", async () => {
    const server = new FakeServer().answer(json(410, { title: "Gone", status: 410, detail: "The position was purged." }));
    const refused = take(subscribe(server.fetch, "https://api.test", { after: "OLD" }), 1);
    await expect(refused).rejects.toBeInstanceOf(ProblemError);
    await expect(take(subscribe(new FakeServer().answer(json(410, { detail: "purged" })).fetch, "https://api.test"), 1)).rejects.toThrow("purged");
  });

  it("gives up after maxFailures failed connections in a row, telling each one", async () => {
    const server = new FakeServer().answer(new TypeError("offline 1"), new TypeError("offline 2"), new TypeError("offline 3"));
    const told: unknown[] = [];
    const failing = take(subscribe(server.fetch, "https://api.test", { reconnectDelayMs: 0, maxFailures: 3, onError: (e) => told.push(e) }), 1);
    await expect(failing).rejects.toThrow("offline 3");
    expect(told).toHaveLength(3);
  });

  it("stops on an event that is not JSON instead of resuming before it forever", async () => {
    const server = new FakeServer().answer(stream("id: P1\ndata: {not json\n\n"));
    await expect(take(subscribe(server.fetch, "https://api.test"), 1)).rejects.toThrow("P1 is not JSON");
  });

  it("stops reading and closes the connection when the caller aborts mid-stream", async () => {
    const controller = new AbortController();
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(`id: P1\ndata: ${JSON.stringify(event("e1"))}\n\n`));
      },
      cancel() {
        cancelled = true;
      },
    });
    const server = new FakeServer().answer(new Response(endless, { status: 200 }));
    const received: string[] = [];
    for await (const streamed of subscribe(server.fetch, "https://api.test", { signal: controller.signal })) {
      received.push(streamed.position);
      setTimeout(() => controller.abort(), 5);
    }
    expect(received).toEqual(["P1"]);
    expect(cancelled).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("ends quietly when the caller aborts", async () => {
    const controller = new AbortController();
    const server = new FakeServer().answer(() => {
      controller.abort();
      throw new DOMException("aborted", "AbortError");
    });
    const events = await take(subscribe(server.fetch, "https://api.test", { signal: controller.signal }), 1);
    expect(events).toEqual([]);
  });
});
