/** The target of `rel="next"` in an RFC 8288 `Link` header, or null when there is none. */
export function nextLink(header: string | null): string | null {
  if (!header) {
    return null;
  }
  // Each link value is `<uri>` then `; name=value` parameters, a value a token or a quoted string
  // (which may hold commas and semicolons); a URI cannot hold '>' unescaped.
  const links = /<([^>]*)>((?:\s*;\s*[^\s=;,]+(?:\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^\s;,]*))?)*)/g;
  for (const match of header.matchAll(links)) {
    const params = match[2] ?? "";
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    const relations = (rel?.[1] ?? rel?.[2] ?? "").toLowerCase().split(/\s+/);
    if (relations.includes("next")) {
      return match[1] ?? null;
    }
  }
  return null;
}

/** One page of a list, and where the next one is. */
export interface Page<T> {
  items: T[];
  /** The `Link: rel="next"` target; null on the last page. */
  next: string | null;
}

/**
 * Pages one after another, following `Link: rel="next"` from the first until there is none. Stops when
 * the consumer stops (`break` in a `for await`), without fetching further.
 */
export async function* followPages<T>(
  first: () => Promise<Page<T>>,
  fetchPage: (url: string) => Promise<Page<T>>,
): AsyncGenerator<Page<T>, void, undefined> {
  let page = await first();
  const seen = new Set<string>();
  for (;;) {
    yield page;
    if (!page.next) {
      return;
    }
    if (seen.has(page.next)) {
      throw new Error(`The service linked to a page already read: ${page.next}`);
    }
    seen.add(page.next);
    page = await fetchPage(page.next);
  }
}

/** The items of every page, in order. */
export async function* itemsOf<T>(pages: AsyncIterable<Page<T>>): AsyncGenerator<T, void, undefined> {
  for await (const page of pages) {
    yield* page.items;
  }
}
