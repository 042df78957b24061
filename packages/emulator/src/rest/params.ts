/**
 * The query parameters or form fields of a request, read by name. It remembers the names read, so
 * {@link Params.unread} lists the ones nobody looked at (those the route does not know).
 */
export class Params {
  readonly #params: URLSearchParams;
  /** The names read that are present (only those can be unread); created on the first. */
  #read: Set<string> | undefined;

  constructor(params: URLSearchParams) {
    this.#params = params;
  }

  /** The first value of `name`, or null. */
  get(name: string): string | null {
    const value = this.#params.get(name);
    if (value !== null) {
      this.#read ??= new Set();
      this.#read.add(name);
    }
    return value;
  }

  /** The names present that no read looked at, each once, in order. */
  unread(): string[] {
    const found: string[] = [];
    for (const name of this.#params.keys()) if (this.#read?.has(name) !== true && !found.includes(name)) found.push(name);
    return found;
  }
}
