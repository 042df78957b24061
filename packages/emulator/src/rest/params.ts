/**
 * The query parameters or form fields of a request, read by name. It remembers the names read, so
 * {@link Params.unread} lists the ones nobody looked at (those the route does not know).
 */
export class Params {
  readonly #params: URLSearchParams;
  readonly #read = new Set<string>();

  constructor(params: URLSearchParams) {
    this.#params = params;
  }

  /** The first value of `name`, or null. */
  get(name: string): string | null {
    this.#read.add(name);
    return this.#params.get(name);
  }

  /** The names present that no read looked at, each once, in order. */
  unread(): string[] {
    return [...new Set(this.#params.keys())].filter((name) => !this.#read.has(name));
  }
}
