/**
 * A copy of a failure that is safe to chain as an error's `cause`: name, message and `code` only,
 * down the `cause` chain (at most 5 deep), with every secret of the exchange cut out of the messages.
 * ky's errors and some fetch implementations hold the `Request` they sent, and with it the auth
 * header: the original objects are never kept.
 */
export function safeCause(error: unknown, secrets: readonly string[], depth = 0): Error | undefined {
  if (error === undefined || error === null || depth > 4) return undefined;
  const message = redact(error instanceof Error ? error.message : String(error), secrets);
  const nested = error instanceof Error ? safeCause(error.cause, secrets, depth + 1) : undefined;
  const copy = new Error(message, nested === undefined ? undefined : { cause: nested });
  if (error instanceof Error) copy.name = error.name;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code });
  return copy;
}

/** `text` with every occurrence of each secret replaced by `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  for (const secret of secrets) if (secret.length > 0) text = text.split(secret).join('[redacted]');
  return text;
}
