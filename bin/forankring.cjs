#!/usr/bin/env node
// The package bin: runs the built CLI (src/cli/main.ts -> out/main/cli.js).
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script: require is how it loads the built CLI. */
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(built)) {
  process.stderr.write(
    'Forankring: the CLI has not been built yet. Run `npm run build` first.\n' +
      'Forankring: kommandolinjeverktøyet er ikke bygget ennå. Kjør `npm run build` først.\n',
  );
  process.exit(2);
}
require(built);
