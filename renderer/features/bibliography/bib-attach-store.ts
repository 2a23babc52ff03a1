// State of the "Attach bibliography…" dialog, outside React: the chosen file's text, the
// proposals the backend made (bibliography.attachPreview), the rows the user edits, and the
// result of the attach (one undoable action; 'documents.changed' refreshes the library).
import type { AttachPreview, AttachResult } from '../../../shared/domain/bibliography-attach';
import { api } from '../../api';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { type AttachRow, choicesOf, rowsFromPreview, withChecked, withDocument } from './attach-rows';

export type BibAttachPhase = 'closed' | 'choose' | 'reading' | 'ready' | 'attaching' | 'done';

export interface BibAttachState {
  phase: BibAttachPhase;
  fileName: string;
  text: string;
  preview: AttachPreview | null;
  rows: AttachRow[];
  result: AttachResult | null;
  error: string | null;
}

const CLOSED: BibAttachState = { phase: 'closed', fileName: '', text: '', preview: null, rows: [], result: null, error: null };

export const bibAttachStore = new Store<BibAttachState>(CLOSED);

export function openBibAttach(): void {
  bibAttachStore.set({ ...CLOSED, phase: 'choose' });
}

export function closeBibAttach(): void {
  bibAttachStore.set(CLOSED);
}

export async function readBibliographyFile(file: File): Promise<void> {
  bibAttachStore.set({ ...CLOSED, phase: 'reading', fileName: file.name });
  try {
    const text = await file.text();
    const preview = await api['bibliography.attachPreview']({ fileName: file.name, text });
    if (bibAttachStore.getSnapshot().fileName !== file.name) return;
    bibAttachStore.set({ phase: 'ready', text, preview, rows: rowsFromPreview(preview) });
  } catch (err) {
    bibAttachStore.set({ phase: 'choose', error: errorMessage(err) });
  }
}

export function chooseDocument(index: number, documentId: string | null): void {
  const { rows, preview } = bibAttachStore.getSnapshot();
  if (preview) bibAttachStore.set({ rows: withDocument(rows, index, documentId, preview) });
}

export function checkRow(index: number, checked: boolean): void {
  bibAttachStore.set((s) => ({ rows: withChecked(s.rows, index, checked) }));
}

export async function confirmAttach(): Promise<void> {
  const { fileName, text, rows } = bibAttachStore.getSnapshot();
  bibAttachStore.set({ phase: 'attaching', error: null });
  try {
    const result = await api['bibliography.attach']({ fileName, text, choices: choicesOf(rows) });
    bibAttachStore.set({ phase: 'done', result });
  } catch (err) {
    bibAttachStore.set({ phase: 'ready', error: errorMessage(err) });
  }
}
