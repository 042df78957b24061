/** How {@link readBody} may read: at most `limit` bytes, until `deadline` (epoch ms), until `signal` aborts. */
export interface ReadLimits {
  readonly limit: number;
  readonly deadline: number;
  readonly signal: AbortSignal | undefined;
}

/** What {@link readBody} read: the text, and whether the body went on past the limit (the text then stops there). */
export interface BodyText {
  readonly text: string;
  readonly truncated: boolean;
}

/** Thrown by {@link readBody} when the deadline passes first. */
export class BodyDeadline extends Error {}

/**
 * Reads a response body as UTF-8 text, bounded in bytes and time. The deadline and the caller's
 * signal are watched directly (not through the fetch's own signal, which a garbage collection can
 * detach from the caller's), and the stream is cancelled whenever reading stops early.
 */
export async function readBody(response: Response, { limit, deadline, signal }: ReadLimits): Promise<BodyText> {
  const reader = response.body?.getReader();
  if (reader === undefined) return { text: '', truncated: false };
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyDeadline()), Math.max(0, deadline - Date.now()));
    onAbort = () => reject(signal?.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort);
  });
  stopped.catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stopped]);
      if (done) return { text: text + decoder.decode(), truncated: false };
      size += value.byteLength;
      if (size > limit) {
        text += decoder.decode(value.subarray(0, value.byteLength - (size - limit)));
        return { text, truncated: true };
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    reader.cancel().catch(() => undefined);
  }
}
