// The contract's bibliography.* channels: a document's record (read, remove) and "Attach
// bibliography…" (preview the proposals, attach the confirmed rows). Inputs are untrusted:
// shapes are checked here, the file's content by the parser. Writes emit 'coding.changed'
// (the record panel refreshes) and 'documents.changed' when attributes were filled.
import type { Handlers } from '../../../shared/contract';
import type { AttachConfirmInput, AttachInput } from '../../../shared/domain/bibliography-attach';
import type { Coder } from '../../../shared/domain/code';
import { getBibliography } from '../../db/repositories/bibliography';
import { asObject, badInput, reqInt, str } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { attachBibliography, previewAttach } from './attach-bibliography';
import { MAX_BIBLIOGRAPHY_CHARS } from './parse-bibliography-file';
import { removeBibliographyRecord } from './remove-record';

type Channels = 'bibliography.get' | 'bibliography.remove' | 'bibliography.attachPreview' | 'bibliography.attach';

function attachInput(o: Record<string, unknown>): AttachInput {
  return { fileName: str(o, 'fileName', { max: 1000 }), text: str(o, 'text', { max: MAX_BIBLIOGRAPHY_CHARS }) };
}

function confirmInput(o: Record<string, unknown>): AttachConfirmInput {
  if (!Array.isArray(o.choices) || o.choices.length > 100_000) throw badInput('"choices" must be a list of { index, documentId }');
  const choices = o.choices.map((c) => {
    const row = asObject(c, 'choice');
    return { index: reqInt(row, 'index', { min: 0 }), documentId: str(row, 'documentId', { max: 100 }) };
  });
  return { ...attachInput(o), choices };
}

export function bibliographyHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, Channels> {
  const db = () => ctx.requireProject().db;
  return {
    'bibliography.get': (input) => getBibliography(db(), str(asObject(input), 'documentId', { max: 100 })),
    'bibliography.remove': (input) => {
      const documentId = str(asObject(input), 'documentId', { max: 100 });
      removeBibliographyRecord(db(), coder(), documentId);
      ctx.emit('coding.changed', { documentId });
    },
    'bibliography.attachPreview': (input) => previewAttach(db(), attachInput(asObject(input))),
    'bibliography.attach': (input) => {
      const out = attachBibliography(db(), coder(), confirmInput(asObject(input)));
      ctx.emit('coding.changed', {});
      if (out.documentsChanged) ctx.emit('documents.changed', {});
      return out.result;
    },
  };
}
