// `glossa links list <project> [--json] [--lang en|ru]`: every link between two passages, with
// its relation (in the chosen language), the passages' documents, pages and quotes.
// `glossa links add <project> --from ID --to ID --relation KEY [--note TEXT] [--json]`: links two
// highlights (ids from `glossa annotations`), one History entry like a link made in the reader.
import { PASSAGE_LINK_RELATIONS, type PassageLinkListItem, type PassageSummary } from '../../../shared/domain/passage-links';
import { createPassageLink } from '../../core/passage-links/link-actions';
import { listPassageLinks } from '../../db/repositories/passage-links';
import { cliLang, cliText, type CliLang } from '../cli-text';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { cliCoder } from './coding-common';

const USAGE =
  'links list <project.glossa> [--json] [--lang en|ru] | links add <project.glossa> --from ID --to ID --relation ' +
  `${PASSAGE_LINK_RELATIONS.join('|')} [--note TEXT] [--json] [--lang en|ru]`;

/** A quote this long reads on one terminal line beside its document and page. */
const QUOTE_CHARS = 80;

function passageCell(p: PassageSummary): string {
  const quote = p.quote.replace(/\s+/g, ' ').trim();
  return `${p.documentTitle} p. ${p.pageIndex + 1} “${quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1)}…` : quote}”`;
}

export function linkLine(item: PassageLinkListItem, lang: CliLang): string {
  const relation = cliText(lang, `passageLinks.relations.${item.link.relation}.label`) ?? item.link.relation;
  return [item.link.id, relation, passageCell(item.from), passageCell(item.to), item.link.note.replace(/\s+/g, ' ').trim() || '-'].join('\t');
}

async function list(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, lang: { type: 'string' } }, { min: 1, max: 1, names: '<project>' });
  const lang = cliLang(values.lang);
  const links = await withProject(positionals[0], (h) => listPassageLinks(h.db));
  if (values.json) {
    out(JSON.stringify(links, null, 2));
    return 0;
  }
  if (links.length === 0) {
    out(cliText(lang, 'passageLinks.cli.empty')!);
    return 0;
  }
  out(['ID', 'RELATION', 'FROM', 'TO', 'NOTE'].join('\t'));
  for (const l of links) out(linkLine(l, lang));
  return 0;
}

async function add(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { from: { type: 'string' }, to: { type: 'string' }, relation: { type: 'string' }, note: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
    { min: 1, max: 1, names: '<project>' },
  );
  const lang = cliLang(values.lang);
  if (!values.from || !values.to) throw new UsageError('links add needs --from ID and --to ID (highlight ids: see glossa annotations <project>)');
  if (!values.relation || !(PASSAGE_LINK_RELATIONS as readonly string[]).includes(values.relation)) {
    throw new UsageError(`--relation must be one of ${PASSAGE_LINK_RELATIONS.join(', ')}`);
  }
  const coder = cliCoder();
  const made = await withProject(positionals[0], (h) => {
    const link = createPassageLink(h.db, coder, { fromAnnotationId: values.from!, toAnnotationId: values.to!, relation: values.relation as never, note: values.note ?? '' }).result;
    return listPassageLinks(h.db).find((l) => l.link.id === link.id)!;
  });
  if (values.json) {
    out(JSON.stringify(made, null, 2));
    return 0;
  }
  out(linkLine(made, lang));
  out(cliText(lang, 'passageLinks.cli.created')!);
  return 0;
}

export const linksCommand: CliCommand = {
  name: 'links',
  summary: 'list the links between passages, or link two passages',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'list') return list(rest, (l) => io.out(l));
    if (sub === 'add') return add(rest, (l) => io.out(l));
    throw new UsageError(`links needs a subcommand: list or add (usage: glossa ${USAGE})`);
  },
};
