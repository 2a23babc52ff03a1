// The cases part of the contract: list, plan and make cases from a document's outline, edit
// and delete a case. Inputs are untrusted JSON: their shape is checked here, names, countries
// and attributes by shared/rules/case-rules.ts. Every change emits 'coding.changed' so the
// analysis view and the cases list refresh.
import type { Handlers } from '../../../shared/contract';
import type { CasePatch } from '../../../shared/domain/case';
import type { Coder } from '../../../shared/domain/code';
import { listCases } from '../../db/repositories/cases';
import { asObject, asVoid, int, str } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { createCasesFromOutline, deleteCase, planFromOutline, updateCase } from './case-actions';

type CaseChannels = 'cases.list' | 'cases.outline' | 'cases.fromOutline' | 'cases.update' | 'cases.delete';

/** Outline levels are 0-based; 16 is the deepest the outline reader descends. */
function outlineInput(input: unknown): { documentId: string; level?: number } {
  const o = asObject(input);
  return { documentId: str(o, 'documentId', { max: 100 }), level: int(o, 'level', { min: 0, max: 15, optional: true }) };
}

export function caseHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, CaseChannels> {
  const db = () => ctx.requireProject().db;
  const changed = <T>(out: { result: T }): T => {
    ctx.emit('coding.changed', {});
    return out.result;
  };
  return {
    'cases.list': (input) => {
      asVoid(input);
      return listCases(db());
    },
    'cases.outline': (input) => {
      const o = outlineInput(input);
      return planFromOutline(db(), o.documentId, o.level);
    },
    'cases.fromOutline': async (input) => {
      const o = outlineInput(input);
      return changed(await createCasesFromOutline(db(), coder(), o.documentId, o.level));
    },
    'cases.update': (input) => {
      const o = asObject(input);
      return changed(updateCase(db(), coder(), str(o, 'id', { max: 100 }), asObject(o.patch, 'patch') as CasePatch));
    },
    'cases.delete': (input) => {
      changed(deleteCase(db(), coder(), str(asObject(input), 'id', { max: 100 })));
    },
  };
}
