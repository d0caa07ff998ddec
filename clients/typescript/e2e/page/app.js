// What a frontend does with the package, run by e2e/browser.mjs in headless Chromium. Each step
// returns what it saw, and the driver checks it; the page also shows it, as a frontend would.
import { FollowupClient, ProblemError } from "@interview-followup/client";

function interviewBody(jobTitle, startAt, endAt) {
  return {
    company: { name: "Acme Robotics" },
    jobTitle,
    round: "technical",
    format: "video",
    startAt,
    endAt,
    timeZone: "Europe/Berlin",
    countryCode: "DE",
    interviewers: [
      { name: "Maria Lopez", title: "Engineering Manager", email: "maria.lopez@acme.example" },
      { name: "Sam Chen", email: "sam.chen@acme.example" },
    ],
    topics: ["migrating billing to event sourcing"],
    candidate: { name: "Jamie Rivera", email: "jamie.rivera@example.test" },
  };
}

function show(id, text) {
  const element = document.getElementById(id);
  element.textContent = text;
}

function yesterday(hour) {
  const day = new Date(Date.now() - 86_400_000);
  day.setUTCHours(hour, 0, 0, 0);
  return day.toISOString();
}

window.scenario = async ({ baseUrl, token, subject }) => {
  const seen = { retries: [] };
  // A candidate may name itself in On-Behalf-Of, as an integration names the candidate: the browser sends it.
  const client = new FollowupClient({ baseUrl, token, onBehalfOf: subject, onRetry: (notice) => seen.retries.push(notice) });

  // Live events first, so the registration below is among what arrives.
  const controller = new AbortController();
  let opened;
  const open = new Promise((resolve) => (opened = resolve));
  const positions = [];
  const events = client.events({ signal: controller.signal, onOpen: () => opened(), onPosition: (p) => positions.push(p) });
  const received = [];
  const listening = (async () => {
    for await (const streamed of events) {
      received.push(streamed);
      const item = document.createElement("li");
      item.textContent = `${streamed.type} ${streamed.event.id}`;
      document.getElementById("events").append(item);
    }
  })();
  const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms));
  await Promise.race([open, listening.then(() => Promise.reject(new Error("the stream ended"))), timeout(10_000, "no stream opened")]);
  // The stream's opening mark arrives before any event: where to resume from if it broke now.
  const markDeadline = Date.now() + 5_000;
  while (positions.length === 0 && Date.now() < markDeadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  seen.openingMark = positions[0] ?? null;

  // Register an interview held yesterday: its thank-yous are due now. Sent again with the same key, the
  // registration is answered from the first one.
  const body = interviewBody("Backend Engineer", yesterday(9), yesterday(10));
  const idempotencyKey = crypto.randomUUID();
  const created = await client.registerInterview(body, { idempotencyKey });
  const replayed = await client.registerInterview(body, { idempotencyKey });
  seen.created = { id: created.data.id, etag: created.etag, location: created.location, rateLimit: created.rateLimit, replayed: created.replayed };
  seen.replay = { id: replayed.data.id, replayed: replayed.replayed };

  // Its plan, and a draft for the first step.
  const plan = await client.followUps(created.data.id);
  seen.plan = plan.map((followUp) => ({ id: followUp.id, type: followUp.type, status: followUp.status }));
  for (const followUp of plan) {
    const item = document.createElement("li");
    item.textContent = `${followUp.type} (${followUp.status})`;
    document.getElementById("plan").append(item);
  }
  const draft = await client.draft(plan[0].id, { tone: "warm" });
  seen.draft = { type: draft.type, channel: draft.channel, length: draft.body.length };
  show("draft", draft.body);

  // Update with the ETag read; then the same stale ETag is refused.
  const read = await client.getInterview(created.data.id);
  const updated = await client.replaceInterview(created.data.id, interviewBody("Staff Backend Engineer", yesterday(9), yesterday(10)), read.etag);
  seen.updated = { readEtag: read.etag, etag: updated.etag, jobTitle: updated.data.jobTitle };
  try {
    await client.replaceInterview(created.data.id, interviewBody("Lead Engineer", yesterday(9), yesterday(10)), read.etag);
    seen.stale = "accepted";
  } catch (error) {
    seen.stale = error instanceof ProblemError ? error.status : String(error);
  }

  // Two more interviews, then the whole list a page of one at a time, by the Link headers.
  await client.registerInterview(interviewBody("Platform Engineer", yesterday(11), yesterday(12)));
  await client.registerInterview(interviewBody("Data Engineer", yesterday(13), yesterday(14)));
  const pages = [];
  for await (const page of client.interviewPages({ pageSize: 1 })) {
    pages.push(page.items.map((interview) => interview.id));
  }
  seen.pages = pages;

  // A refused call: the problem's detail and the field it names are shown to the user.
  try {
    await client.registerInterview({ ...interviewBody("", yesterday(9), yesterday(10)) });
    seen.problem = "accepted";
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    show("problem", `${error.title}: ${error.detail}`);
    seen.problem = { status: error.status, title: error.title, detail: error.detail, violations: error.violations };
  }

  // A token the service does not accept: the browser reads why (WWW-Authenticate).
  try {
    await new FollowupClient({ baseUrl, token: "not-a-token" }).getInterview(created.data.id);
    seen.badToken = "accepted";
  } catch (error) {
    seen.badToken = error instanceof ProblemError ? { status: error.status, authenticate: error.authenticate } : String(error);
  }

  // The registration's own event arrives live (events are numbered just after their commit).
  const deadline = Date.now() + 20_000;
  while (!received.some((e) => e.type === "interview.created" && e.event.data?.id === created.data.id) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  controller.abort();
  await listening.catch(() => undefined);
  seen.events = received.map((e) => ({ type: e.type, position: e.position, dataId: e.event.data?.id, id: e.event.id }));

  // Resuming after the first event (Last-Event-ID) gives the second one next; resuming from the opening
  // mark gives the first.
  const firstAfter = async (after) => {
    const resumed = new AbortController();
    const next = client.events({ after, signal: resumed.signal }).next();
    try {
      const { value } = await Promise.race([next, timeout(10_000, `no event after ${after}`)]);
      return value && { position: value.position, id: value.event.id };
    } finally {
      resumed.abort();
    }
  };
  if (received.length >= 2) {
    seen.resumed = await firstAfter(received[0].position);
  }
  if (seen.openingMark) {
    seen.fromMark = await firstAfter(seen.openingMark);
  }
  return seen;
};

// A candidate over a tiny quota: the client waits what Retry-After says and tries again.
window.overQuota = async ({ baseUrl, token, calls }) => {
  const retries = [];
  const client = new FollowupClient({ baseUrl, token, onRetry: (notice) => retries.push(notice), retry: { maxAttempts: 4 } });
  const statuses = [];
  for (let i = 0; i < calls; i++) {
    const page = await client.interviewPages({ pageSize: 1 }).next();
    statuses.push(page.done ? "none" : "ok");
  }
  return { statuses, retries: retries.map(({ status, retryAfterSeconds, delayMs }) => ({ status, retryAfterSeconds, delayMs })) };
};

// From an origin the service does not allow, the browser refuses to hand over the answer.
window.fromOtherOrigin = async ({ baseUrl, token }) => {
  const client = new FollowupClient({ baseUrl, token, retry: { maxAttempts: 1 } });
  try {
    await client.getInterview("0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70");
    return "answered";
  } catch (error) {
    return error instanceof ProblemError ? `problem ${error.status}` : `${error.name}: ${error.message}`;
  }
};
