import type { GraphQLFormattedError } from 'graphql';

/** A minimal browser stand-in: keeps the cookies the gateway sets and sends them back. */
export class HttpClient {
  readonly cookies = new Map<string, string>();
  lastSetCookie: string[] = [];

  constructor(
    readonly base: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  withHeaders(headers: Record<string, string>): HttpClient {
    const client = new HttpClient(this.base, { ...this.headers, ...headers });
    for (const [k, v] of this.cookies) client.cookies.set(k, v);
    return client;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: T | null; errors?: GraphQLFormattedError[] }> {
    const response = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...this.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    this.lastSetCookie = response.headers.getSetCookie();
    for (const header of this.lastSetCookie) {
      const [pair] = header.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index);
      const value = pair!.slice(index + 1);
      if (/max-age=0/i.test(header) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return (await response.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
  }
}
