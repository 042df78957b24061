#!/usr/bin/env node
// Packs every published package into a folder, as `npm publish` would upload them, and prints the npm command
// that adds them to an app: the way to use the SDK from this repository until it is on the npm registry.
// Run by `npx -y pnpm@10.34.9 run tarballs <folder>`, which builds the packages first.
//
//   node scripts/tarballs.mjs <folder>
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { main, packPublished } from '../checks/lib.mjs';

const [folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: npx -y pnpm@10.34.9 run tarballs <folder>   (for example ../my-app/vendor/opentok)');
  process.exit(2);
}

await main(async () => {
  // pnpm runs scripts from the repository root; a relative folder means one relative to where the user stood.
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: pnpm and npm set it for every script they run; no turbo task reads it
  const destination = resolve(process.env.INIT_CWD ?? process.cwd(), folder);
  mkdirSync(destination, { recursive: true });
  const packages = await packPublished(destination);
  console.log(`Packed ${packages.length} packages into ${destination}:`);
  for (const pkg of packages) console.log(`  ${relative(destination, pkg.tarball)}  (${pkg.name}@${pkg.version})`);
  console.log(
    `\nIn your app's folder, add the ones you use (and @opentok/core, which each needs; @opentok/sdk needs all but the emulator), e.g. all of them:\n\n  npm install ${destination}/*.tgz\n`,
  );
});
