// `glossa agreement <project> --coders A,B [--docs ID,...] [--codes NAME,...] [--round ID|latest] [--json] [--csv]`:
// character-level percent agreement, Cohen's kappa and Krippendorff's alpha per code and
// overall, with the disagreeing passages. Coders are given by name or id; codes by name, path
// ("Parent/Child") or id. --round restricts the figures to the codings made independently in an
// independent-coding round ("latest": the newest round).
import type { Coder } from '../../../shared/domain/code';
import type { PairAgreement } from '../../../shared/domain/share';
import { GlossaError } from '../../../shared/errors';
import { agreementCsv } from '../../core/agreement/agreement-csv';
import { loadAgreement } from '../../core/agreement/load-agreement';
import { documentPageLabels } from '../../../shared/pdf/page-labels';
import { readableQuote } from '../../../shared/text/readable-quote';
import { documentCompounds } from '../../core/evidence/quote-context';
import { listCoders } from '../../db/repositories/coders';
import { listDocuments } from '../../db/repositories/documents';
import { listCodes } from '../../db/repositories/codes';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { findCode } from './coding-common';
import { listRounds } from '../../core/share/independent-round';

function list(v: string | undefined): string[] | undefined {
  const out = v?.split(',').map((s) => s.trim()).filter(Boolean);
  return out && out.length > 0 ? out : undefined;
}

function findCoder(coders: Coder[], q: string): Coder {
  const hit = coders.filter((c) => c.id === q || c.name.toLocaleLowerCase() === q.toLocaleLowerCase());
  if (hit.length === 1) return hit[0];
  const names = coders.map((c) => c.name).join(', ') || 'none';
  throw new GlossaError('agreement.badInput', hit.length === 0 ? `No coder "${q}" in this project (coders: ${names}).` : `Several coders are named "${q}"; give the id.`);
}

/** Disagreeing passages listed in the text output. */
const SHOWN = 20;

const fmt = (v: number | null) => (v === null ? '   n/a' : v.toFixed(3).padStart(6));

export const agreementCommand: CliCommand = {
  name: 'agreement',
  summary: 'inter-coder agreement: percent, Cohen\'s kappa, Krippendorff\'s alpha (character level)',
  usage: 'agreement <project.glossa> --coders A,B [--docs ID,...] [--codes NAME,...] [--round ID|latest] [--json | --csv]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { coders: { type: 'string' }, docs: { type: 'string' }, codes: { type: 'string' }, round: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
      { min: 1, max: 1, names: '<project>' },
    );
    const coderNames = list(values.coders);
    if (!coderNames || coderNames.length < 2) throw new UsageError('--coders needs at least two coders, e.g. --coders Alice,Boris');
    const { report, cite } = await withProject(positionals[0], (h) => {
      const coders = listCoders(h.db);
      const codes = listCodes(h.db);
      const rounds = values.round === undefined ? [] : listRounds(h.db);
      const roundId = values.round === 'latest' ? rounds[0]?.id : values.round;
      if (values.round !== undefined && !rounds.some((r) => r.id === roundId)) throw new GlossaError('agreement.badInput', `No independent-coding round "${values.round}" in this project.`);
      const loaded = loadAgreement(h.db, {
        coderIds: coderNames.map((n) => findCoder(coders, n).id),
        documentIds: list(values.docs),
        codeIds: list(values.codes)?.map((n) => findCode(codes, n).id),
        ...(roundId ? { roundId } : {}),
      });
      // Disagreements as cited: printed page and readable quote (while the project is open).
      const docs = new Map(listDocuments(h.db).map((d) => [d.id, d]));
      const cited = loaded.disagreements.slice(0, SHOWN).map((d) => {
        const doc = docs.get(d.documentId);
        const vocabulary = new Set(documentCompounds(h.db, d.documentId));
        return {
          page: (doc ? documentPageLabels(doc)[d.pageIndex] : undefined) ?? String(d.pageIndex + 1),
          quote: readableQuote(d.quote, { vocabulary }).replace(/\s+/g, ' '),
        };
      });
      return { report: loaded, cite: cited };
    });
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    if (values.csv) {
      io.out(agreementCsv(report).replace(/^\uFEFF/, '').trimEnd());
      return 0;
    }
    const name = new Map(report.coders.map((c) => [c.id, c.name]));
    type Alphas = { alpha: number | null; unitizedAlpha: number | null; alphaU1995: number | null };
    const row = (label: string, p: PairAgreement, a: Alphas) =>
      io.out(`${label.slice(0, 40).padEnd(40)} ${`${name.get(p.coderA)} / ${name.get(p.coderB)}`.slice(0, 24).padEnd(24)} ${fmt(p.percentAgreement)} ${fmt(p.kappa)} ${fmt(a.alpha)} ${fmt(a.unitizedAlpha)} ${fmt(a.alphaU1995)}`);
    if (report.independent) io.out(`Computed on ${report.independent.documents} documents coded independently by ${report.independent.coderNames.join(' and ')}.`);
    io.out(`${report.documents.length} documents, ${report.units} characters per code, ${report.coders.length} coders`);
    io.out(`${'Code'.padEnd(40)} ${'Coders'.padEnd(24)} ${'agree'.padStart(6)} ${'kappa'.padStart(6)} ${'alpha'.padStart(6)} ${'u-a'.padStart(6)} ${'a-U95'.padStart(6)}`);
    for (const c of report.codes) for (const p of c.pairs) row(c.codeName, p, c);
    for (const p of report.overall.pairs) row('Overall', p, report.overall);
    io.out('alpha: nominal, per character; u-a: unitized |u-alpha (Krippendorff et al. 2016, as ATLAS.ti); a-U95: unitized alpha-U (Krippendorff 1995).');
    if (report.skippedAnnotations > 0) io.out(`${report.skippedAnnotations} highlights without text were left out.`);
    io.out(`${report.disagreements.length}${report.disagreementsTruncated ? '+' : ''} disagreeing passages${report.disagreements.length ? ':' : ''}`);
    report.disagreements.slice(0, SHOWN).forEach((d, i) => {
      const code = report.codes.find((c) => c.codeId === d.codeId)?.codeName ?? d.codeId;
      io.out(`  ${d.documentTitle} p. ${cite[i].page} [${code}] coded by ${d.codedBy.map((id) => name.get(id)).join(', ')}: "${cite[i].quote.slice(0, 80)}"`);
    });
    return 0;
  },
};
