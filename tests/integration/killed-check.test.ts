// A check of a colleague's project file killed mid-way (SIGKILL: no cleanup can run) leaves
// its private copy in the temp folder; the next check removes it. Copies of live processes
// (the next check's own, another running Glossa's) are left alone. The same for the project
// a killed .qdpx import was building under its temporary name.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { closeProject, createProject } from '../../main/core/project/project-file';
import { importQdpx } from '../../main/core/qdpx/qdpx-import';
import { sweepStaleCopies } from '../../main/db/private-copies';
import { MINIMAL_QDE, writeZip } from '../fixtures/hostile/hostile-zips';
import { ALICE } from '../unit/main/core/coding/coding-fixture';
import { validateProjectFile } from '../../main/core/share/validate-project-file';

const repoRoot = path.resolve(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-killed-check-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function startCheck(file: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', 'hold-check.ts'), file], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const copyDir = new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', () => reject(new Error(`check exited early: ${err}`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, copyDir, exited };
}

it('removes the private copy a killed check left behind, and only that', { timeout: 60_000 }, async () => {
  const file = path.join(dir, 'from-colleague.glossa');
  closeProject(createProject(file, 'Colleague'));
  const killed = startCheck(file);
  const alive = startCheck(file);
  const [killedDir, aliveDir] = await Promise.all([killed.copyDir, alive.copyDir]);
  killed.child.kill('SIGKILL');
  await killed.exited;
  expect(fs.existsSync(path.join(killedDir, 'received.glossa'))).toBe(true); // what SIGKILL leaves

  const next = validateProjectFile(file);
  try {
    expect(fs.existsSync(killedDir)).toBe(false);
    expect(fs.existsSync(aliveDir)).toBe(true); // a running check keeps its copy
  } finally {
    next.close();
    alive.child.kill('SIGKILL');
    await alive.exited;
    sweepStaleCopies(); // the second killed check's copy: leave /tmp as found
  }
  expect(fs.existsSync(path.dirname(next.path))).toBe(false);
});

it('removes what a killed .qdpx import left under its temporary name, keeps a running one\'s', async () => {
  const dest = path.join(dir, 'from-atlas.glossa');
  // A process that ran and is gone, as a SIGKILLed import is: its pid names the leftover.
  const deadPid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const leftover = path.join(dir, `.from-atlas.glossa.${deadPid}-${randomUUID()}.importing`);
  for (const s of ['', '-wal']) fs.writeFileSync(leftover + s, 'a colleague\'s coding');
  const running = path.join(dir, `.other.glossa.${process.pid}-${randomUUID()}.importing`); // this process: alive
  fs.writeFileSync(running, 'in progress');
  const qdpx = path.join(dir, 'minimal.qdpx');
  await writeZip(qdpx, [{ name: 'project.qde', data: Buffer.from(MINIMAL_QDE) }]);
  await importQdpx(qdpx, dest, { coder: ALICE });
  expect(fs.readdirSync(dir).filter((n) => n.endsWith('.importing') || n.endsWith('.importing-wal'))).toEqual([path.basename(running)]);
  fs.rmSync(running);
});
