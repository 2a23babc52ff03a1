// The "Import attribute values…" dialog's state outside React: the table read from a CSV or
// XLSX file, the mapping (file column → attribute, and how rows name documents; guessed from
// the header first), the preview the backend computes for it (refreshed on every change of the
// mapping) and the result of the import (one undoable action).
import type { AttributeImportMapping, AttributeImportPreview, AttributeImportResult, AttributeTable } from '../../../shared/domain/attribute';
import { guessMapping } from '../../../shared/rules/attribute-mapping';
import { api } from '../../api';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { markEvidenceStale } from '../evidence/evidence-store';
import { attributeStore, refreshAttributes } from './attribute-store';

interface ImportState {
  phase: 'closed' | 'choose' | 'reading' | 'mapping' | 'importing' | 'done';
  fileName: string;
  table: AttributeTable | null;
  mapping: AttributeImportMapping | null;
  preview: AttributeImportPreview | null;
  result: AttributeImportResult | null;
  error: string | null;
}

const CLOSED: ImportState = { phase: 'closed', fileName: '', table: null, mapping: null, preview: null, result: null, error: null };
export const importStore = new Store<ImportState>(CLOSED);

export function openAttributeImport(): void {
  importStore.set({ ...CLOSED, phase: 'choose' });
}

export function closeAttributeImport(): void {
  importStore.set(CLOSED);
}

let previewGeneration = 0;

async function refreshPreview(): Promise<void> {
  const { table, mapping } = importStore.getSnapshot();
  const mine = ++previewGeneration;
  if (!table || !mapping || Object.keys(mapping.columns).length === 0) {
    importStore.set({ preview: null });
    return;
  }
  try {
    const preview = await api['attributes.importPreview']({ table, mapping });
    if (mine === previewGeneration) importStore.set({ preview, error: null });
  } catch (err) {
    if (mine === previewGeneration) importStore.set({ preview: null, error: errorMessage(err) });
  }
}

export async function readImportFile(file: File): Promise<void> {
  importStore.set({ ...CLOSED, phase: 'reading', fileName: file.name });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const table = await api['attributes.readTable']({ fileName: file.name, bytes });
    if (importStore.getSnapshot().fileName !== file.name) return;
    await refreshAttributes();
    importStore.set({ phase: 'mapping', table, mapping: guessMapping(table.columns, attributeStore.getSnapshot().defs) });
    await refreshPreview();
  } catch (err) {
    importStore.set({ phase: 'choose', error: errorMessage(err) });
  }
}

export function setMapping(patch: Partial<AttributeImportMapping>): void {
  const { mapping } = importStore.getSnapshot();
  if (!mapping) return;
  const next = { ...mapping, ...patch };
  // The column that names documents is not also a value column.
  if (patch.matchColumn) next.columns = Object.fromEntries(Object.entries(next.columns).filter(([c]) => c !== patch.matchColumn));
  importStore.set({ mapping: next, result: null });
  void refreshPreview();
}

/** Maps a column to an attribute ('' leaves it out). */
export function mapColumn(column: string, definitionId: string): void {
  const { mapping } = importStore.getSnapshot();
  if (!mapping) return;
  const columns = { ...mapping.columns };
  if (definitionId === '') delete columns[column];
  else columns[column] = definitionId;
  setMapping({ columns });
}

export async function runAttributeImport(): Promise<void> {
  const { table, mapping } = importStore.getSnapshot();
  if (!table || !mapping) return;
  importStore.set({ phase: 'importing', error: null });
  try {
    const result = await api['attributes.import']({ table, mapping });
    importStore.set({ phase: 'done', result, preview: result });
    markEvidenceStale();
    await refreshAttributes();
  } catch (err) {
    importStore.set({ phase: 'mapping', error: errorMessage(err) });
  }
}
