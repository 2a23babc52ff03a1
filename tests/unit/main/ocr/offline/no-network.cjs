// Preloaded (NODE_OPTIONS=--require) into the OCR offline check's process and every worker
// thread it starts: any attempt to reach the network throws and is recorded on stderr, so the
// test sees a fetch of language data or a CDN lookup even if the caller swallows the error.
// Local IPC (a Unix socket or named pipe given by path, as tsx uses) stays allowed.
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const record = (what) => {
  process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
  throw new Error(`network disabled in this test (${what})`);
};
// net.connect(path | {path}), and Socket#connect's internal form [[{path}, cb]].
const isLocalPath = (args) => {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === 'string') return !/^\d+$/.test(first);
  return Boolean(first && typeof first === 'object' && typeof first.path === 'string');
};
const guard = (original, what) => function guarded(...args) {
  if (isLocalPath(args)) return original.apply(this, args);
  return record(what);
};
globalThis.fetch = () => record('fetch');
net.connect = guard(net.connect, 'net.connect');
net.createConnection = guard(net.createConnection, 'net.createConnection');
net.Socket.prototype.connect = guard(net.Socket.prototype.connect, 'socket.connect');
tls.connect = () => record('tls.connect');
dns.lookup = () => record('dns.lookup');
