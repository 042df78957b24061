interface RuntimeGlobals {
  process?: { env?: Record<string, string | undefined>; versions?: { node?: string } };
  Deno?: { version?: { deno?: string } };
  Bun?: { version?: string };
  navigator?: { userAgent?: string };
}

const runtimeGlobals = globalThis as RuntimeGlobals;

/** Reads an environment variable where the runtime has `process.env` (Node, Bun, Deno's compat layer). */
export function readEnv(name: string): string | undefined {
  const value = runtimeGlobals.process?.env?.[name];
  return value === undefined || value === '' ? undefined : value;
}

/** Names the runtime for the User-Agent header, e.g. `node/20.20.2`, `deno/2.9.6`, `workerd`. */
export function runtimeName(): string {
  const g = runtimeGlobals;
  if (g.Deno?.version?.deno) return `deno/${g.Deno.version.deno}`;
  if (g.Bun?.version) return `bun/${g.Bun.version}`;
  if (g.process?.versions?.node) return `node/${g.process.versions.node}`;
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return 'workerd';
  return 'web';
}
