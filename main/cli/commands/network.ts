// `glossa network <project> [--format graphml|csv|csv-nodes|csv-edges] [--json] [-o FILE]
//  [--year A-B] [--country C]… [--actor O]… [--instrument CODE]… [--lang en|ru]`: the
// partnership network (main/core/network/partner-network.ts) of the project or of a selection.
// Without --format or --json: one line per edge (the two actors, passages, documents) and a
// summary in English or Russian. --format csv is the edges table (csv-nodes: the nodes);
// GraphML and CSV go to stdout, or to FILE with -o.
import fs from 'node:fs';
import path from 'node:path';
import type { EvidenceFilter } from '../../../shared/domain/evidence';
import type { NetworkExportFormat } from '../../../shared/domain/network';
import { COUNTRIES, ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { countryLabel, organisationLabel } from '../../../shared/organisation-labels';
import { listCodes } from '../../db/repositories/codes';
import { networkExport } from '../../core/network/network-export';
import { buildPartnerNetwork } from '../../core/network/partner-network';
import { cliLang, cliText } from '../cli-text';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { findCode } from './coding-common';
import { parseYearRange, vocabularyValue } from './export';

const USAGE =
  'network <project.glossa> [--format graphml|csv|csv-nodes|csv-edges] [--json] [-o FILE] [--force]\n' +
  '         [--year 2015-2020] [--country C]... [--actor ORG]... [--instrument CODE]... [--lang en|ru]';

const FORMATS: Record<string, NetworkExportFormat> = { graphml: 'graphml', csv: 'csv-edges', 'csv-edges': 'csv-edges', 'csv-nodes': 'csv-nodes' };

export const networkCommand: CliCommand = {
  name: 'network',
  summary: 'the partnership network: actors and the passages evidencing each partnership',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', short: 'f' },
        json: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        year: { type: 'string' },
        country: { type: 'string', multiple: true },
        actor: { type: 'string', multiple: true },
        instrument: { type: 'string', multiple: true },
        lang: { type: 'string' },
      },
      { min: 1, max: 1, names: '<project>' },
    );
    const lang = cliLang(values.lang);
    const format = values.format === undefined ? undefined : FORMATS[values.format];
    if (values.format !== undefined && !format) throw new UsageError('--format must be graphml, csv, csv-nodes or csv-edges');
    if (format && values.json) throw new UsageError('--json and --format exclude each other');
    const output = values.output ? path.resolve(values.output) : null;
    if (output && !format) throw new UsageError('-o FILE needs --format');
    if (output && fs.existsSync(output) && !values.force) throw new UsageError(`${output} exists; add --force to overwrite it`);
    const filter: EvidenceFilter = { ...(values.year ? parseYearRange(values.year) : {}) };
    if (values.country?.length) filter.countries = values.country.map((c) => vocabularyValue('country', COUNTRIES, (id) => countryLabel(id), c));
    if (values.actor?.length) filter.organisations = values.actor.map((a) => vocabularyValue('actor', ORGANISATIONS, organisationLabel, a));
    const graph = await withProject(positionals[0], (h) => {
      const instrumentIds = values.instrument?.map((name) => findCode(listCodes(h.db), name).id);
      return buildPartnerNetwork(h.db, { filter, instrumentIds, lang }).graph;
    });
    if (values.json) {
      io.out(JSON.stringify(graph, null, 2));
      return 0;
    }
    if (format) {
      const file = networkExport(graph, format);
      if (output) {
        fs.writeFileSync(`${output}.part`, file.text);
        fs.renameSync(`${output}.part`, output);
        io.out(cliText(lang, 'network.cli.written', { file: output })!);
      } else {
        io.out(file.text.replace(/^\ufeff/, '').replace(/\r?\n$/, ''));
      }
      return 0;
    }
    if (!graph.hasPartnerBranch) {
      io.out(cliText(lang, 'network.noPartnerBranch')!);
      return 0;
    }
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    for (const e of [...graph.edges].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))) {
      out(`${label.get(e.source)} \u2014 ${label.get(e.target)}\t${cliText(lang, 'network.passages', { count: e.weight })}\t${cliText(lang, 'network.documents', { count: e.documents })}`);
    }
    out(cliText(lang, 'network.cli.summary', { count: graph.edges.length, actors: graph.nodes.length, passages: graph.partnerPassages })!);
    return 0;
    function out(line: string) {
      io.out(line);
    }
  },
};
