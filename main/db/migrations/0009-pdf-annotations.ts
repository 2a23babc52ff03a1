// 0009: where an imported highlight came from. annotations.source_key is a stable key of the
// annotation it was read from — "pdf:<page>:<NM or object id>:<rect hash>" for an annotation
// embedded in the PDF, "w3c:<annotation IRI>" for a W3C Web Annotation (e.g. a Hypothesis
// export) — so importing the same file again adds nothing twice. NULL for highlights made in
// Glossa. The index makes the "already imported?" check one lookup per annotation; it is not
// UNIQUE because a colleague's merged copy may carry the same key.
import type { Migration } from './index';

export const m0009PdfAnnotations: Migration = {
  version: 9,
  name: 'pdf-annotations',
  up(db) {
    db.exec(`
      ALTER TABLE annotations ADD COLUMN source_key TEXT;
      CREATE INDEX annotations_source_key ON annotations(document_id, source_key) WHERE source_key IS NOT NULL;
    `);
  },
};
