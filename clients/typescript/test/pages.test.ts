import { describe, expect, it } from "vitest";

import { followPages, itemsOf, nextLink, type Page } from "../src/pages.js";

describe("nextLink", () => {
  it("finds rel=next among other links, quoted or not, whatever the case", () => {
    expect(nextLink('<https://api.test/interviews?cursor=b>; rel="next"')).toBe("https://api.test/interviews?cursor=b");
    expect(nextLink('<https://api.test/a>; rel="prev", <https://api.test/b>; rel=next')).toBe("https://api.test/b");
    expect(nextLink('<https://api.test/b>; title="x, y"; rel="Next"')).toBe("https://api.test/b");
    expect(nextLink('<https://api.test/b>; rel="last next"')).toBe("https://api.test/b");
  });

  it("is null without a next link", () => {
    expect(nextLink(null)).toBeNull();
    expect(nextLink("")).toBeNull();
    expect(nextLink('<https://api.test/a>; rel="prev"')).toBeNull();
  });
});

describe("followPages", () => {
  const pages: Record<string, Page<number>> = {
    first: { items: [1, 2], next: "/p2" },
    "/p2": { items: [3], next: "/p3" },
    "/p3": { items: [4], next: null },
  };

  it("follows the links to the last page, items in order", async () => {
    const fetched: string[] = [];
    const items: number[] = [];
    for await (const item of itemsOf(followPages(async () => pages.first!, async (url) => (fetched.push(url), pages[url]!)))) {
      items.push(item);
    }
    expect(items).toEqual([1, 2, 3, 4]);
    expect(fetched).toEqual(["/p2", "/p3"]);
  });

  it("fetches nothing more once the consumer stops", async () => {
    const fetched: string[] = [];
    for await (const item of itemsOf(followPages(async () => pages.first!, async (url) => (fetched.push(url), pages[url]!)))) {
      if (item === 2) break;
    }
    expect(fetched).toEqual([]);
  });

  it("refuses a link back to a page already read instead of looping", async () => {
    const looping = followPages<number>(async () => ({ items: [1], next: "/again" }), async () => ({ items: [2], next: "/again" }));
    await expect(async () => {
      for await (const _ of looping) {
        // read all
      }
    }).rejects.toThrow("already read");
  });
});
