export {
  FollowupClient,
  createFollowupClient,
  rateLimit,
  type Answer,
  type AgendaQuery,
  type DoneRequest,
  type Draft,
  type DraftOptions,
  type FollowUp,
  type FollowupClientOptions,
  type Interview,
  type InterviewListItem,
  type InterviewQuery,
  type InterviewRequest,
  type OutcomeRequest,
  type RateLimitState,
  type SkipRequest,
  type SnoozeRequest,
} from "./client.js";
export { subscribe, type FollowupEvent, type StreamedEvent, type SubscribeOptions } from "./events.js";
export { followPages, itemsOf, nextLink, type Page } from "./pages.js";
export { ProblemError, retryAfterSeconds, type Problem, type Violation } from "./problem.js";
export { Transport, type RetryNotice, type RetryOptions, type TokenSource, type TransportOptions } from "./transport.js";
export type { components, paths } from "./generated/schema.js";
