// Serves the package directory (the page, dist/ and node_modules/) on each port given, for the browser test.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".map": "application/json" };

function handle(request, response) {
  const path = decodeURIComponent(new URL(request.url, "http://page").pathname);
  const file = path === "/" ? join(root, "e2e/page/index.html") : normalize(join(root, path));
  if (!file.startsWith(root + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
  createReadStream(file).pipe(response);
}

// On both loopback addresses, as `localhost` may resolve to either; IPv6 may be off, then 127.0.0.1 serves.
for (const port of process.argv.slice(2)) {
  createServer(handle).listen(Number(port), "127.0.0.1");
  createServer(handle).on("error", () => undefined).listen(Number(port), "::1");
}
console.log(`serving ${root} on ${process.argv.slice(2).join(", ")}`);
