// Two indirections real exports use, resolved while the model is read so the rest of the
// import sees plain NoteRefs and variable values:
//   - NVivo writes an annotation as a Note (its text in a linked .txt document) and a Link
//     whose originGUID is the note and targetGUID the PlainTextSelection (or source, or code)
//     it annotates; we turn each such Link into a NoteRef on its target.
//   - NVivo keeps attributes on Cases (a Case has VariableValues and SourceRefs); a source
//     gets the values of the cases that refer to it, its own values winning. A case whose
//     SourceRefs name no source (QualCoder 4.0 writes its internal file ids there) is counted
//     so the report does not claim its values were given.
//   - QualCoder writes an annotation of a passage as a Note holding the passage as a
//     PlainTextSelection, with a NoteRef to the note on the source; the passage becomes an
//     uncoded selection of that source whose comment is the note.
import { child, children, type XmlElement } from './safe-xml';
import { normGuid, type QdeCode, type QdeModel, type QdePdfSource, textSelection, variablesOf } from './qdpx-model';

/** Adds each Link note -> item as a NoteRef of the item; returns how many links were not of that kind. */
export function applyNoteLinks(project: XmlElement, model: Pick<QdeModel, 'sources' | 'codes' | 'notes' | 'projectNoteRefs'>): number {
  const links = children(child(project, 'Links'), 'Link');
  if (links.length === 0) return 0;
  const refsOf = new Map<string, string[]>();
  for (const s of model.sources) {
    refsOf.set(s.guid, s.noteRefs);
    for (const sel of [...s.textSelections, ...s.pdfSelections]) refsOf.set(sel.guid, sel.noteRefs);
  }
  const walk = (codes: QdeCode[]) => codes.forEach((c) => (refsOf.set(c.guid, c.noteRefs), walk(c.children)));
  walk(model.codes);
  let other = 0;
  for (const l of links) {
    const [from, to] = [normGuid(l.attrs.originGUID), normGuid(l.attrs.targetGUID)];
    // Either direction: a note linked to an item, or an item linked to a note.
    const note = from && model.notes.has(from) ? from : to && model.notes.has(to) ? to : null;
    const target = note === from ? to : from;
    const refs = target ? refsOf.get(target) : undefined;
    if (note && refs) {
      if (!refs.includes(note)) refs.push(note);
    } else other++;
  }
  return other;
}

/** Gives each source the variable values of the Cases that list it in a SourceRef; returns the cases with values that reached no source. */
export function applyCaseVariables(project: XmlElement, sources: QdePdfSource[], variableNames: Map<string, string>): { cases: number; variables: string[] } {
  const byGuid = new Map(sources.map((s) => [s.guid, s]));
  const unplaced = { cases: 0, variables: [] as string[] };
  for (const c of children(child(project, 'Cases'), 'Case')) {
    const values = variablesOf(c, variableNames);
    if (values.size === 0) continue;
    let reached = false;
    for (const ref of children(c, 'SourceRef')) {
      const src = byGuid.get(normGuid(ref.attrs.targetGUID) ?? '');
      if (!src) continue;
      reached = true;
      for (const [k, v] of values) if (!src.variables.has(k)) src.variables.set(k, v);
    }
    if (reached) continue;
    unplaced.cases++;
    for (const k of values.keys()) if (!unplaced.variables.includes(k)) unplaced.variables.push(k);
  }
  return unplaced;
}

/** Turns each PlainTextSelection inside a Note that exactly one source refers to into an uncoded selection of that source, commented by the note. */
export function applyNoteSelections(project: XmlElement, sources: QdePdfSource[]): void {
  for (const n of children(child(project, 'Notes'), 'Note')) {
    const guid = normGuid(n.attrs.guid);
    const passages = children(n, 'PlainTextSelection');
    if (!guid || passages.length === 0) continue;
    const owners = sources.filter((s) => s.noteRefs.includes(guid));
    if (owners.length !== 1) continue;
    const src = owners[0];
    src.noteRefs.splice(src.noteRefs.indexOf(guid), 1);
    for (const p of passages) {
      if (!normGuid(p.attrs.guid)) continue; // a note's passage is not worth refusing the file for
      const sel = textSelection(p);
      src.textSelections.push({ ...sel, user: sel.user ?? normGuid(n.attrs.creatingUser), at: sel.at ?? n.attrs.creationDateTime ?? null, codings: [], noteRefs: [guid] });
    }
  }
}
