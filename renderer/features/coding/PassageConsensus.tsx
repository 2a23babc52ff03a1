// Reconciliation in the reader (issue 11): under the selected highlight, the stretches where
// another coder's highlights with the same code differ from it (the same stretches the agreement
// view lists, computed for this document, code and pair of coders), each resolvable into the
// consensus like there: adopt one coder's, both, neither or edit. Shown only when some other
// coder's highlight with one of its codes overlaps it.
import { useEffect, useState } from 'react';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import { CONSENSUS_CODER, type ConsensusChoice, type ConsensusResolution } from '../../../shared/domain/rounds';
import type { DisagreementPassage } from '../../../shared/domain/share';
import { api, onEvent } from '../../api';
import { errorMessage, useT } from '../../i18n/i18n';
import { stretchKey } from '../agreement/agreement-logic';
import { notify } from '../shell/dialogs-store';

interface Dispute { stretch: DisagreementPassage; coderA: Coder; coderB: Coder }

const CHOICES: ConsensusChoice[] = ['adoptA', 'adoptB', 'both', 'neither', 'edit'];

function overlaps(a: Annotation, b: Annotation): boolean {
  return a.targets.some((x) => b.targets.some((y) => x.pageIndex === y.pageIndex && !!x.position && !!y.position && x.position.start < y.position.end && y.position.start < x.position.end));
}

async function disputesOf(a: Annotation, byId: ReadonlyMap<string, Coder>): Promise<Dispute[]> {
  const around = await api['annotations.list']({ documentId: a.documentId, codeIds: a.codeIds });
  const pairs = new Map<string, { codeId: string; other: string }>();
  for (const b of around) {
    if (b.coderId === a.coderId || b.coderId === CONSENSUS_CODER.id || !overlaps(a, b)) continue;
    for (const codeId of b.codeIds.filter((c) => a.codeIds.includes(c))) pairs.set(`${codeId}|${b.coderId}`, { codeId, other: b.coderId });
  }
  const out: Dispute[] = [];
  for (const { codeId, other } of pairs.values()) {
    const report = await api['agreement.compute']({ coderIds: [a.coderId, other], documentIds: [a.documentId], codeIds: [codeId] });
    const [coderA, coderB] = [byId.get(a.coderId), byId.get(other)];
    if (!coderA || !coderB) continue;
    for (const d of report.disagreements) {
      const mine = a.targets.some((t) => t.pageIndex === d.pageIndex && t.position && t.position.start <= d.end && d.start <= t.position.end);
      if (mine) out.push({ stretch: d, coderA, coderB });
    }
  }
  return out;
}

export function PassageConsensus({ annotation }: { annotation: Annotation }) {
  const { t } = useT();
  const [disputes, setDisputes] = useState<Dispute[]>([]);
  const [resolutions, setResolutions] = useState<ConsensusResolution[]>([]);
  const [names, setNames] = useState<ReadonlyMap<string, Coder>>(new Map());
  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const byId = new Map((await api['coders.list']()).map((c) => [c.id, c]));
        const [d, r] = await Promise.all([disputesOf(annotation, byId), api['consensus.list']({ documentIds: [annotation.documentId] })]);
        if (!live) return;
        setNames(byId);
        setDisputes(d);
        setResolutions(r);
      } catch (err) {
        if (live) notify('error', errorMessage(err));
      }
    };
    void load();
    const off = onEvent('coding.changed', () => void load());
    return () => {
      live = false;
      off();
    };
    // The session hands a new object after every reload: key on what identifies the version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [annotation.id, annotation.updatedAt]);
  if (disputes.length === 0) return null;
  const resolve = (d: Dispute, choice: ConsensusChoice) =>
    api['consensus.resolve']({ documentId: d.stretch.documentId, pageIndex: d.stretch.pageIndex, start: d.stretch.start, end: d.stretch.end, codeId: d.stretch.codeId, coderA: d.coderA.id, coderB: d.coderB.id, choice })
      .then((r) => setResolutions((list) => [...list, r.resolution]))
      .catch((err) => notify('error', errorMessage(err)));
  return (
    <div className="passage-consensus" data-testid="passage-consensus">
      <div className="muted small">{t('independent.differs')}</div>
      {disputes.map((d) => {
        const done = resolutions.find((r) => stretchKey(r) === stretchKey(d.stretch));
        const label = (c: ConsensusChoice) => t(`independent.choice.${c}`, { a: d.coderA.name, b: d.coderB.name });
        // A resolution made elsewhere names its own pair (its A may be this row's B).
        const doneLabel = (r: ConsensusResolution) =>
          t(`independent.choice.${r.choice}`, { a: names.get(r.coderA)?.name ?? '', b: names.get(r.coderB)?.name ?? '' });
        return (
          <div key={`${d.coderB.id}|${stretchKey(d.stretch)}`} className="disagreement-stretch small" data-testid="passage-stretch">
            <mark>{d.stretch.quote}</mark>{' '}
            {done ? (
              <span data-testid="consensus-resolved">{t('independent.resolved', { choice: doneLabel(done) })}</span>
            ) : (
              <span className="consensus-actions" role="group" aria-label={t('independent.resolve')}>
                {CHOICES.map((c) => (
                  <button key={c} type="button" className="link small" data-testid={`consensus-${c}`} onClick={() => void resolve(d, c)}>{label(c)}</button>
                ))}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
