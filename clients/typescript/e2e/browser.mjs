// The package in headless Chromium against the running service: the page from an allowed origin does
// what a frontend does; the same page from another origin is refused by CORS. Exits non-zero on a failure.
// Usage: node e2e/browser.mjs (settings from the environment, set by e2e/run)
import assert from "node:assert/strict";

import { chromium } from "playwright-core";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const baseUrl = env("SERVICE_URL");
const allowedPage = env("ALLOWED_PAGE");
const otherPage = env("OTHER_PAGE");
const token = env("CANDIDATE_TOKEN");
const limitedToken = env("LIMITED_TOKEN");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const failures = [];
async function check(name, body) {
  try {
    await body();
    console.log(`ok    ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`FAIL  ${name}\n      ${String(error?.message ?? error).split("\n").join("\n      ")}`);
  }
}

try {
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.goto(allowedPage);
  await page.waitForFunction(() => typeof window.scenario === "function");

  let seen;
  try {
    seen = await page.evaluate((config) => window.scenario(config), { baseUrl, token, subject: "browser-candidate" });
  } catch (error) {
    // A step that threw: its message says which; the page's own output helps too.
    console.log(`FAIL  the scenario stopped: ${String(error?.message ?? error).split("\n")[0]}`);
    console.log(`      problem shown: ${await page.textContent("#problem")}`);
    throw error;
  }
  const created = seen.created;

  await check("registers an interview: Location, ETag and RateLimit are readable", () => {
    assert.match(created.id, /^[0-9a-f-]{36}$/);
    assert.equal(created.location, `${baseUrl}/interviews/${created.id}`);
    assert.match(created.etag ?? "", /^(W\/)?".+"$/);
    assert.equal(created.rateLimit?.policy, "candidate");
    assert.equal(created.rateLimit?.windowSeconds, 2, "RateLimit-Policy is readable");
    assert.equal(created.replayed, false);
  });
  await check("a registration sent again with its Idempotency-Key is replayed (Idempotent-Replayed)", () => {
    assert.deepEqual(seen.replay, { id: created.id, replayed: true });
  });
  await check("a refused token says why (WWW-Authenticate)", () => {
    assert.equal(seen.badToken.status, 401, JSON.stringify(seen.badToken));
    assert.match(seen.badToken.authenticate ?? "", /invalid_token/);
  });
  await check("reads its plan, thank-yous due for yesterday's interview", () => {
    assert.ok(seen.plan.length >= 2, JSON.stringify(seen.plan));
    assert.ok(seen.plan.some((f) => f.type === "thank_you" && f.status === "due"), JSON.stringify(seen.plan));
  });
  await check("fetches a draft for the first step", () => {
    assert.equal(seen.draft.type, seen.plan[0].type);
    assert.ok(seen.draft.length > 50);
  });
  await check("updates with the ETag it read, and a stale ETag is refused with 412", () => {
    assert.equal(seen.updated.readEtag, created.etag);
    assert.equal(seen.updated.jobTitle, "Staff Backend Engineer");
    assert.notEqual(seen.updated.etag, seen.updated.readEtag);
    assert.equal(seen.stale, 412);
  });
  await check("pages through the interviews one at a time by the Link headers", () => {
    assert.equal(seen.pages.length, 3, JSON.stringify(seen.pages));
    assert.ok(seen.pages.every((ids) => ids.length === 1));
    assert.equal(new Set(seen.pages.flat()).size, 3);
    assert.ok(seen.pages.flat().includes(created.id));
  });
  await check("shows a refused call's problem detail, naming the field", async () => {
    assert.equal(seen.problem.status, 400);
    assert.ok(seen.problem.violations.some((v) => v.field === "jobTitle"), JSON.stringify(seen.problem));
    const shown = await page.textContent("#problem");
    assert.ok(shown.includes(seen.problem.detail), shown);
  });
  await check("receives the registration's event live over the fetch-based stream", () => {
    const own = seen.events.find((e) => e.type === "interview.created" && e.dataId === created.id);
    assert.ok(own, JSON.stringify(seen.events));
    assert.ok(own.position.length > 0);
  });
  await check("the stream opens with a mark of its position, before any event", () => {
    assert.ok(seen.openingMark, "no opening mark");
    assert.ok(!seen.events.some((e) => e.position === seen.openingMark), "the mark is not an event");
    assert.deepEqual(seen.fromMark, { position: seen.events[0].position, id: seen.events[0].id }, "resumed from the mark");
  });
  await check("resumes the stream after a position with Last-Event-ID", () => {
    assert.ok(seen.events.length >= 2, JSON.stringify(seen.events));
    assert.deepEqual(seen.resumed, { position: seen.events[1].position, id: seen.events[1].id });
  });
  await check("waits what Retry-After says when over quota, then goes on", async () => {
    const limited = await page.evaluate((config) => window.overQuota(config), { baseUrl, token: limitedToken, calls: 5 });
    // Five calls in well under 2 s put three in one window of two: at least one 429 whatever the timing.
    assert.deepEqual(limited.statuses, ["ok", "ok", "ok", "ok", "ok"]);
    assert.ok(limited.retries.length >= 1, JSON.stringify(limited));
    assert.ok(limited.retries.every((r) => r.status === 429 && r.retryAfterSeconds >= 1 && r.delayMs === r.retryAfterSeconds * 1000),
      JSON.stringify(limited.retries));
  });
  await check("the page raised no errors", () => assert.deepEqual(consoleErrors, []));

  const other = await browser.newPage();
  await other.goto(otherPage);
  await other.waitForFunction(() => typeof window.fromOtherOrigin === "function");
  await check("the same page from an origin the service does not allow is refused by CORS", async () => {
    const outcome = await other.evaluate((config) => window.fromOtherOrigin(config), { baseUrl, token });
    assert.match(outcome, /^TypeError: Failed to fetch/);
  });
} finally {
  await browser.close();
}

if (failures.length > 0) {
  console.log(`${failures.length} browser check(s) failed`);
  process.exit(1);
}
console.log("every browser check passed");
