// The network part of the contract: the partnership graph of the analysis filter (laid out),
// the passages behind one edge, and the graph as GraphML or CSV. Inputs are untrusted JSON:
// the filter is checked by the evidence browser's own parseFilter, a coding query in it becomes
// the passages it finds (resolveQueryFilter), as in every other analysis view.
import type { Handlers } from '../../../shared/contract';
import type { EvidenceFilter, EvidenceItem } from '../../../shared/domain/evidence';
import type { NetworkExportFormat, NetworkRequest } from '../../../shared/domain/network';
import type { Db } from '../../db/connection';
import { listCodes } from '../../db/repositories/codes';
import { codesOfPassages, selectEvidence } from '../../db/repositories/evidence';
import { asObject, badInput, str, stringArray } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { parseFilter } from '../evidence/evidence-input';
import { codeIndex, mapByDocument, toEvidenceItem } from '../evidence/evidence-rows';
import { resolveQueryFilter } from '../query/query-filter';
import { networkExport } from './network-export';
import { buildPartnerNetwork } from './partner-network';

type NetworkChannels = 'network.graph' | 'network.edgePassages' | 'network.export';

const FORMATS: readonly NetworkExportFormat[] = ['graphml', 'csv-nodes', 'csv-edges'];
/** One reply's page of passages, as the evidence channels page them. */
const PAGE = 1000;

/** Untrusted input -> a NetworkRequest with the filter resolved (query -> its passages). */
export function parseNetworkRequest(db: Db, input: unknown): NetworkRequest & { filter: EvidenceFilter } {
  const o = asObject(input);
  const instrumentIds = o.instrumentIds === undefined || o.instrumentIds === null ? undefined : stringArray(o.instrumentIds, 'instrumentIds');
  if (instrumentIds && instrumentIds.length > 10_000) throw badInput('"instrumentIds" has more than 10000 entries');
  if (o.lang !== undefined && o.lang !== 'en' && o.lang !== 'ru') throw badInput('"lang" must be en or ru');
  return { filter: resolveQueryFilter(db, parseFilter(o.filter)), instrumentIds, lang: o.lang as 'en' | 'ru' | undefined };
}

/** The passages evidencing one edge, in document and reading order, as evidence browser rows
 *  (each listed under its first Partner code; its chips show every code it carries). */
export function edgePassages(db: Db, request: NetworkRequest & { filter: EvidenceFilter }, edgeId: string): EvidenceItem[] {
  const network = buildPartnerNetwork(db, request, { layout: false });
  const ids = network.edgePassages.get(edgeId);
  if (!ids || ids.length === 0) return [];
  const filter: EvidenceFilter = { annotationIds: ids, codeIds: network.partnerCodeIds, codeMatch: 'any', includeSubcodes: false };
  const codes = codeIndex(listCodes(db), request.lang ?? 'en');
  const items: EvidenceItem[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = selectEvidence(db, filter, { groupBy: 'document', offset, limit: PAGE });
    const chips = codesOfPassages(db, page.map((r) => r.annotation_id));
    items.push(...mapByDocument(page, (r) => toEvidenceItem(db, r, codes, chips)));
    if (page.length < PAGE) break;
  }
  return items;
}

export function networkHandlers(ctx: BackendContext): Pick<Handlers, NetworkChannels> {
  const db = () => ctx.requireProject().db;
  return {
    'network.graph': (input) => buildPartnerNetwork(db(), parseNetworkRequest(db(), input)).graph,
    'network.edgePassages': (input) => edgePassages(db(), parseNetworkRequest(db(), input), str(asObject(input), 'edgeId', { max: 1000 })),
    'network.export': (input) => {
      const format = asObject(input).format;
      if (!FORMATS.includes(format as NetworkExportFormat)) throw badInput(`"format" must be one of ${FORMATS.join(', ')}`);
      return networkExport(buildPartnerNetwork(db(), parseNetworkRequest(db(), input)).graph, format as NetworkExportFormat);
    },
  };
}
