import { serve } from '@hono/node-server';

interface Bindings {
  readonly incoming: { readonly socket: { destroy(): void }; readonly rawHeaders: readonly string[] };
}

/** The running HTTP server of an emulator. */
export interface HttpServer {
  readonly url: string;
  close(): Promise<void>;
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: string): { update(data: string): { digest(encoding: 'base64url'): string } };
}

/**
 * node:crypto's HMAC-SHA256 as base64url text, for the `X-OPENTOK-AUTH` checks of a listening emulator: synchronous,
 * no thread-pool hop per request (Web Crypto's verify costs one). Reached through `process.getBuiltinModule`
 * (Node >= 20.16), so this chunk needs no Node typings; undefined where there is none.
 */
export function nodeHmacSha256(): ((secret: string, data: string) => string) | undefined {
  const processLike = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const nodeCrypto = processLike?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  return nodeCrypto === undefined ? undefined : (secret, data) => nodeCrypto.createHmac('sha256', secret).update(data).digest('base64url');
}

/**
 * Serves `handle` over HTTP with @hono/node-server (Node only; the one place the emulator touches
 * Node). A request dropped by an injected fault has its socket destroyed.
 */
export function listenHttp(
  handle: (request: Request, rawHeaders: readonly string[]) => Promise<Response>,
  options: { port: number; host: string },
): Promise<HttpServer> {
  const { port, host } = options;
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        hostname: host,
        port,
        fetch: async (request: Request, env: unknown) => {
          const { incoming } = env as Bindings;
          try {
            return await handle(request, incoming.rawHeaders);
          } catch (error) {
            incoming.socket.destroy();
            throw error;
          }
        },
      },
      (info: { port: number }) => {
        server.off('error', reject);
        resolve({
          url: `http://${hostForUrl(host)}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
