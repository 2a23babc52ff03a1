#!/usr/bin/env node
// The `glossa` command (package bin): runs the bundled CLI. Build it first with `npm run build:main`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('glossa: the CLI is not built yet. Run `npm run build:main` in the Glossa folder first.\n');
  process.exit(1);
}
require(cli);
