// Verifies the webhook deliveries the reliability suite received, with the standardwebhooks package
// (https://github.com/standard-webhooks/standard-webhooks), an implementation independent of the service.
// Input: a JSON-lines file of {secret, id, timestamp, signature, body}. Prints "verified/total".
const fs = require("fs");
const path = require("path");
const { Webhook } = require(path.resolve(__dirname, "../target/reliability/node/node_modules/standardwebhooks"));

const lines = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
let verified = 0;
const failures = [];
const realNow = Date.now;
for (const line of lines) {
  const m = JSON.parse(line);
  // Judged as of its own timestamp: the package's five-minute window is about the receiver's clock.
  Date.now = () => Number(m.timestamp) * 1000;
  try {
    const event = new Webhook(m.secret).verify(m.body, {
      "webhook-id": m.id, "webhook-timestamp": m.timestamp, "webhook-signature": m.signature,
    });
    if (event.id !== m.id) throw new Error("body id differs from webhook-id");
    verified++;
  } catch (e) {
    failures.push(m.id + ": " + e.message);
  } finally {
    Date.now = realNow;
  }
}
console.log(verified + "/" + lines.length + (failures.length ? " (" + failures.slice(0, 3).join("; ") + ")" : ""));
process.exit(failures.length ? 1 : 0);
