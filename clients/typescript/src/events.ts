import { createParser, type EventSourceMessage } from "eventsource-parser";

import type { components } from "./generated/schema.js";
import { ProblemError } from "./problem.js";
import { sleep } from "./transport.js";

export type FollowupEvent = components["schemas"]["Event"];

/** An event as the stream delivers it: its position (send it back to resume) and the envelope. */
export interface StreamedEvent {
  /** The event's position in the caller's feed: pass it as `after` to resume right after it. */
  position: string;
  type: string;
  event: FollowupEvent;
}

export interface SubscribeOptions {
  /**
   * Resume right after this position (a `StreamedEvent.position`, or `next` of `GET /events`). Without it
   * the stream starts with the next event: pass one to be sure of what happens before the first arrives.
   */
  after?: string;
  /** Stops the subscription. */
  signal?: AbortSignal;
  /** Wait before reconnecting after the stream ended or the network failed (default 1 s). */
  reconnectDelayMs?: number;
  /** Give up, throwing the last failure, after this many failed connections in a row (default 10). */
  maxFailures?: number;
  /** Told each time the stream is open (the first time and after each reconnection). */
  onOpen?: () => void;
  /**
   * Told the position each time it moves: at the stream's opening mark and after each event. Keep the last
   * one (in storage, say) and pass it as `after` to resume where this subscription stopped.
   */
  onPosition?: (position: string) => void;
  /** Told of each failed connection or broken stream before it reconnects. */
  onError?: (error: unknown) => void;
}

/**
 * Follows `GET /events/stream` with fetch, not `EventSource`: a browser's EventSource cannot send the
 * bearer token, and a token in a URL would end up in logs and histories. The stream is read as it
 * arrives; when it ends (after an hour, or a restart) or the network fails, it reconnects with
 * `Last-Event-ID`, so no event is missed or repeated. Ends when the signal aborts; throws the problem
 * when the service refuses (a purged position, a revoked token), and the failure when connecting keeps
 * failing (`maxFailures`).
 */
export async function* subscribe(
  send: (request: Request) => Promise<Response>,
  baseUrl: string,
  options: SubscribeOptions = {},
): AsyncGenerator<StreamedEvent, void, undefined> {
  const url = new URL("events/stream", withSlash(baseUrl)).toString();
  const maxFailures = options.maxFailures ?? 10;
  let lastId = options.after ?? null;
  let failures = 0;
  const signal = options.signal;
  const failed = async (error: unknown) => {
    options.onError?.(error);
    if (++failures >= maxFailures) {
      throw error;
    }
    await pause(options.reconnectDelayMs, signal);
  };
  while (!signal?.aborted) {
    const headers: Record<string, string> = { Accept: "text/event-stream" };
    if (lastId) {
      headers["Last-Event-ID"] = lastId;
    }
    let response: Response;
    try {
      response = await send(new Request(url, { headers, signal: signal ?? null, cache: "no-store" }));
    } catch (error) {
      if (signal?.aborted) {
        return;
      }
      await failed(error);
      continue;
    }
    if (!response.ok || !response.body) {
      const problem = await ProblemError.of(response);
      // A proxy's 502, a restart's 503, a quota: try again. A refusal (a purged position, a token) is final.
      if (response.ok || response.status === 429 || response.status >= 500) {
        await failed(problem);
        continue;
      }
      throw problem;
    }
    options.onOpen?.();
    const received: EventSourceMessage[] = [];
    let marked: string | null = null;
    const parser = createParser({
      onEvent: (message) => received.push(message),
      // The position marks (at the start, and as keep-alives): `: position <id>` with that id.
      onComment: (comment) => {
        const position = /^\s*position\s+(\S+)\s*$/.exec(comment)?.[1];
        if (position) marked = position;
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    // fetch ends the body on abort, but a fetch passed as an option may not: a pending read ends either way.
    const stopReading = () => void reader.cancel().catch(() => undefined);
    signal?.addEventListener("abort", stopReading, { once: true });
    if (signal?.aborted) stopReading();
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<string>;
        try {
          chunk = await reader.read();
        } catch (error) {
          if (signal?.aborted) {
            return;
          }
          await failed(error);
          break;
        }
        if (chunk.done) {
          if (signal?.aborted) {
            return;
          }
          failures = 0; // a stream that ran its course (an hour, a restart) is not a failure
          await pause(options.reconnectDelayMs, signal);
          break;
        }
        parser.feed(chunk.value);
        if (marked !== null) {
          // The stream answers: where it stands now is where a reconnection resumes.
          failures = 0;
          if (marked !== lastId) {
            lastId = marked;
            options.onPosition?.(marked);
          }
          marked = null;
        }
        for (const message of received.splice(0)) {
          const streamed = toStreamed(message);
          if (streamed) {
            failures = 0;
            lastId = streamed.position;
            yield streamed;
            // Told only once the consumer asks for more, so a saved position never passes an event not yet handled.
            options.onPosition?.(streamed.position);
          }
        }
      }
    } finally {
      signal?.removeEventListener("abort", stopReading);
      // Also when the consumer stops early: closes the connection instead of leaving it open.
      await reader.cancel().catch(() => undefined);
    }
  }
}

function toStreamed(message: EventSourceMessage): StreamedEvent | null {
  if (!message.id || !message.data) {
    return null;
  }
  let event: FollowupEvent;
  try {
    event = JSON.parse(message.data) as FollowupEvent;
  } catch {
    // Skipping it would lose an event, and resuming before it would read it again forever: stop.
    throw new Error(`The event at position ${message.id} is not JSON`);
  }
  return { position: message.id, type: message.event ?? event.type, event };
}

async function pause(ms: number | undefined, signal: AbortSignal | undefined) {
  await sleep(ms ?? 1000, signal).catch(() => undefined);
}

export function withSlash(baseUrl: string): string {
  return baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
}
