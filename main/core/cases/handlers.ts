// The cases part of the contract: list, plan and make cases from a document's outline (or,
// without one, from the headings of its layout), make a case from a page range, edit and
// delete a case. Inputs are untrusted JSON: their shape is checked here, names, countries
// and attributes by shared/rules/case-rules.ts. Every change emits 'coding.changed' so the
// analysis view and the cases list refresh.
import type { Handlers } from '../../../shared/contract';
import type { CasePatch, CaseSource, ManualCaseInput } from '../../../shared/domain/case';
import { GlossaError } from '../../../shared/errors';
import type { Coder } from '../../../shared/domain/code';
import { listCases } from '../../db/repositories/cases';
import { asObject, asVoid, int, str } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { createCasesFromOutline, createManualCase, deleteCase, planFromOutline, updateCase } from './case-actions';

type CaseChannels = 'cases.list' | 'cases.outline' | 'cases.fromOutline' | 'cases.create' | 'cases.update' | 'cases.delete';

/** Outline levels are 0-based; 16 is the deepest the outline reader descends. */
function outlineInput(input: unknown): { documentId: string; level?: number; source: CaseSource } {
  const o = asObject(input);
  if (o.source !== undefined && o.source !== 'outline' && o.source !== 'headings') throw new GlossaError('case.badInput', '"source" must be outline or headings.', { field: 'source' });
  return { documentId: str(o, 'documentId', { max: 100 }), level: int(o, 'level', { min: 0, max: 15, optional: true }), source: (o.source as CaseSource | undefined) ?? 'outline' };
}

/** Pages are 0-based; the document's page count bounds them (case-actions.ts). */
function manualInput(input: unknown): ManualCaseInput {
  const o = asObject(input);
  const country = o.country === undefined || o.country === null ? undefined : str(o, 'country', { max: 100 });
  return {
    documentId: str(o, 'documentId', { max: 100 }),
    name: str(o, 'name', { max: 300 }),
    firstPage: int(o, 'firstPage', { min: 0, max: 1_000_000 })!,
    lastPage: int(o, 'lastPage', { min: 0, max: 1_000_000 })!,
    ...(country === undefined ? {} : { country }),
  };
}

export function caseHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, CaseChannels> {
  const db = () => ctx.requireProject().db;
  const changed = <T>(out: { result: T }): T => {
    ctx.emit('coding.changed', {});
    return out.result;
  };
  // Reading every page for headings takes a while on a 600-page report: say how far it is.
  const progress = (documentId: string) => (pagesDone: number, pageCount: number) => ctx.emit('cases.progress', { documentId, pagesDone, pageCount });
  return {
    'cases.list': (input) => {
      asVoid(input);
      return listCases(db());
    },
    'cases.outline': (input) => {
      const o = outlineInput(input);
      return planFromOutline(db(), o.documentId, o.level, o.source, progress(o.documentId));
    },
    'cases.fromOutline': async (input) => {
      const o = outlineInput(input);
      return changed(await createCasesFromOutline(db(), coder(), o.documentId, o.level, o.source, progress(o.documentId)));
    },
    'cases.create': (input) => changed(createManualCase(db(), coder(), manualInput(input))),
    'cases.update': (input) => {
      const o = asObject(input);
      return changed(updateCase(db(), coder(), str(o, 'id', { max: 100 }), asObject(o.patch, 'patch') as CasePatch));
    },
    'cases.delete': (input) => {
      changed(deleteCase(db(), coder(), str(asObject(input), 'id', { max: 100 })));
    },
  };
}
