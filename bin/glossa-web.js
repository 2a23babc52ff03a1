#!/usr/bin/env node
// `npm run web`: rebuilds dist/ only when its sources changed (quietly), then starts the web
// host in this process, so the first line on stdout is the host's URL line and the signals
// npm passes on reach the host itself.
'use strict';
const path = require('node:path');
const { ensureBuilt } = require('./ensure-built');

// The shell npm runs us under: web-host.ts stops when it goes (see stopWithParent there).
process.env.GLOSSA_WEB_PARENT = String(process.ppid);
ensureBuilt(['main', 'renderer']);
// Stopped while building (npm got SIGTERM, the shell is gone): do not start an orphan host.
if (process.env.npm_lifecycle_event === 'web' && process.ppid !== Number(process.env.GLOSSA_WEB_PARENT)) process.exit(0);
require(path.join(__dirname, '..', 'dist', 'main', 'web-host.js'));
