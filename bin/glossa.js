#!/usr/bin/env node
// The `glossa` command (package bin, and `npm run cli`): rebuilds the bundled CLI first when
// its sources are newer (quietly: stdout carries only the command's output, so `--json`
// pipes into jq), then runs dist/main/cli.js in this process.
'use strict';
const path = require('node:path');
const { ensureBuilt } = require('./ensure-built');

ensureBuilt(['main']);
require(path.join(__dirname, '..', 'dist', 'main', 'cli.js'));
