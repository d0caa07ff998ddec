/** A scripted server for the client's tests: answers in order, and keeps every request it was sent. */
export class FakeServer {
  readonly requests: Request[] = [];
  readonly bodies: string[] = [];
  private readonly answers: Array<(request: Request) => Response | Promise<Response>> = [];

  answer(...answers: Array<Response | ((request: Request) => Response | Promise<Response>) | Error>): this {
    for (const next of answers) {
      this.answers.push((request) => {
        if (next instanceof Error) {
          throw next;
        }
        return typeof next === "function" ? next(request) : next;
      });
    }
    return this;
  }

  readonly fetch = async (request: Request): Promise<Response> => {
    this.requests.push(request);
    this.bodies.push(await request.clone().text());
    const next = this.answers.shift();
    if (!next) {
      throw new Error(`no answer scripted for ${request.method} ${request.url}`);
    }
    return next(request);
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": type, ...headers } });
}

export const noWait = async (): Promise<void> => undefined;
