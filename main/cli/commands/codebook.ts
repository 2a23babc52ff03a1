// `glossa codebook export|import <project> <file.qdc>`: exchange the codebook with other QDA
// tools as a REFI-QDA codebook. Import is one transaction: codes matched by guid (or by name
// at the same level) are updated, the others created.
import fs from 'node:fs';
import { exportQdc } from '../../core/codebook/qdc-export';
import { importQdc } from '../../core/codebook/qdc-import';
import { MAX_QDC_CHARS } from '../../core/codebook/qdc-parse';
import { GlossaError } from '../../../shared/errors';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { cliCoder } from './coding-common';

export const codebookCommand: CliCommand = {
  name: 'codebook',
  summary: 'export or import the codebook as REFI-QDA (.qdc)',
  usage: 'codebook export|import <project.glossa> <file.qdc> [--lang en|ru]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' } }, { min: 3, max: 3, names: 'export|import, <project> and <file.qdc>' });
    const lang = values.lang ?? 'en';
    if (lang !== 'en' && lang !== 'ru') throw new UsageError('--lang must be en or ru');
    const [action, project, file] = positionals;
    if (action === 'export') {
      const xml = await withProject(project, (h) => exportQdc(h.db, lang));
      fs.writeFileSync(file, xml, 'utf8');
      io.out(`Codebook written to ${file}`);
      return 0;
    }
    if (action === 'import') {
      if (!fs.existsSync(file)) throw new GlossaError('codebook.badFile', `File not found: ${file}`);
      if (fs.statSync(file).size > MAX_QDC_CHARS * 4) throw new GlossaError('codebook.badFile', `${file} is too large to be a codebook.`);
      const xml = fs.readFileSync(file, 'utf8');
      const r = await withProject(project, (h) => importQdc(h.db, cliCoder(), xml).result);
      io.out(`Imported ${file}: ${r.created} new codes, ${r.updated} updated.`);
      return 0;
    }
    throw new UsageError(`unknown action "${action}": use export or import`);
  },
};
