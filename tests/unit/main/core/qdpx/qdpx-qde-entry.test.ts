// ATLAS.ti 26 does not name its project XML project.qde but after the project inside ATLAS.ti
// (`Trial.qde` in a file saved as `Project.qdpx`: two real exports described in
// github.com/Ornio-app/qdpx-toolkit, conformance/fixtures/atlasti/README.md; they hold only a
// video, so they are not copied here). Such an archive is imported from its one top-level .qde;
// project.qde still wins when present, and an archive where the choice would be a guess is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { importQdpx } from '../../../../../main/core/qdpx/qdpx-import';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { writeZip, type ZipEntrySpec } from '../../../../fixtures/hostile/hostile-zips';
import { ALICE } from '../coding/coding-fixture';

const SRC = '5F6A0C1E-2B3D-4E5F-8A9B-0C1D2E3F4A5B';
const SEL = '7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D';
const CODE = '1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F';
const TEXT = 'Interviewer: Where did you work?\nRespondent: In a greenhouse near Almería, without a contract.\n';
const QUOTE = 'without a contract';

function qde(name: string): string {
  const start = TEXT.indexOf(QUOTE);
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="${name}" origin="ATLAS.ti 26.1.2">
  <CodeBook><Codes><Code guid="${CODE}" name="Informal work" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="${SRC}" name="${name} interview" plainTextPath="internal://${SRC}.txt">
    <PlainTextSelection guid="${SEL}" name="${QUOTE}" startPosition="${start}" endPosition="${start + QUOTE.length}"><Coding guid="2D3E4F5A-6B7C-4D8E-9FA0-B1C2D3E4F5A6"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>
  </TextSource></Sources>
</Project>`;
}

let dir: string;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

async function importEntries(entries: ZipEntrySpec[]) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qde-entry-'));
  const file = path.join(dir, 'Project.qdpx');
  await writeZip(file, [...entries, { name: `sources/${SRC}.txt`, data: Buffer.from(TEXT) }]);
  const result = await importQdpx(file, path.join(dir, 'out.glossa'), { coder: ALICE });
  const h = openProject(result.path);
  try {
    return { result, quotes: listAnnotations(h.db).map((a) => a.targets.map((t) => t.quote?.exact).join(' ')) };
  } finally {
    closeProject(h);
  }
}

describe('the project XML entry of a .qdpx', () => {
  it('reads an ATLAS.ti 26 archive whose only .qde is named after the project', async () => {
    const { result, quotes } = await importEntries([{ name: 'Trial.qde', data: Buffer.from(qde('Trial')) }]);
    expect(result.documents).toBe(1);
    expect(result.codings).toBe(1);
    expect(quotes).toEqual([QUOTE]);
  });

  it('prefers project.qde when the archive also has another .qde', async () => {
    const { result } = await importEntries([
      { name: 'Trial.qde', data: Buffer.from(qde('Trial')) },
      { name: 'project.qde', data: Buffer.from(qde('Standard')) },
    ]);
    expect(Object.keys(result.offsets ?? {})).toEqual(['Standard interview']);
  });

  it('refuses two candidates without project.qde, and a .qde only inside a folder', async () => {
    await expect(importEntries([
      { name: 'Trial.qde', data: Buffer.from(qde('Trial')) },
      { name: 'Other.qde', data: Buffer.from(qde('Other')) },
    ])).rejects.toMatchObject({ code: 'qdpx.badArchive', message: expect.stringMatching(/2 other \.qde files/) });
    await expect(importEntries([{ name: 'backup/Trial.qde', data: Buffer.from(qde('Trial')) }])).rejects.toMatchObject({ code: 'qdpx.badArchive', message: expect.stringMatching(/no project\.qde/) });
  });
});
