// The backend stores one English sentence with every history entry ("Created code "Funding"")
// and merge conflict ('Highlight on page 3 of "Report": "…"'), and the undo stack labels its
// actions in English ("Create highlight"). The sentences come from a small fixed set of templates
// (main/core/coding/*, main/core/share/*), so the interface re-words them through i18n keys
// (history.text.*, history.undoLabel.*, merge.label.*): a Russian interface reads Russian and
// counts take proper plurals in both languages. Anything not recognised is shown as stored.

type Params = Record<string, string | number>;
/** t() of the i18n layer (kept as a parameter so this module stays pure and testable). */
export type Translate = (key: string, params?: Params) => string;

interface Rule {
  re: RegExp;
  key: (g: Record<string, string | undefined>) => string;
  params?: (g: Record<string, string | undefined>, tr: Translate) => Params;
}

const num = (s: string | undefined) => Number(s ?? 0);
const groups = (g: Record<string, string | undefined>): Params => {
  const out: Params = {};
  for (const [k, v] of Object.entries(g)) if (v !== undefined) out[k] = /^\d+$/.test(v) ? Number(v) : v;
  return out;
};

const KEPT: Record<string, string> = {
  'both versions': 'both',
  'one merged code': 'merge',
  "this project's version": 'mine',
  'the other version': 'theirs',
};

const UNDO_LABELS: Record<string, string> = {
  'Create highlight': 'createHighlight',
  'Delete highlight': 'deleteHighlight',
  'Edit highlight': 'editHighlight',
  'Change codes': 'changeCodes',
  'Move highlight': 'moveHighlight',
  'Re-attach highlight': 'reattachHighlight',
  'Flag exemplar': 'flagExemplar',
  'Unflag exemplar': 'unflagExemplar',
  'Edit comment': 'editComment',
  'Create code': 'createCode',
  'Delete code': 'deleteCode',
  'Merge codes': 'mergeCodes',
  'Move code': 'moveCode',
  'Rename code': 'renameCode',
  'Recolour code': 'recolourCode',
  'Edit code definition': 'editCodeDefinition',
  'Import codebook': 'importCodebook',
  'Edit memo': 'editMemo',
  'Remove document': 'removeDocument',
  'Resolve into consensus': 'resolveConsensus',
  Reply: 'addReply',
  'Edit reply': 'editReply',
  'Delete reply': 'deleteReply',
  'Attach bibliography': 'attachBibliography',
  'Remove bibliographic record': 'removeBibRecord',
  'Cases from outline': 'casesFromOutline',
  'Cases from headings': 'casesFromHeadings',
  'New case': 'createCase',
  'Edit case': 'editCase',
  'Delete case': 'deleteCase',
  'Link passages': 'linkPassages',
  'Edit link': 'editLink',
  'Delete link': 'deleteLink',
  'New memo': 'newMemo',
  'Rename memo': 'renameMemo',
  'Delete memo': 'deleteMemo',
  'Link memo': 'linkMemo',
  'Unlink memo': 'unlinkMemo',
  'Define attribute': 'defineAttribute',
  'Edit attribute': 'editAttribute',
  'Delete attribute': 'deleteAttribute',
  'Edit attribute values': 'editAttributeValues',
  'Import attribute values': 'importAttributeValues',
};

/** Conflict labels (main/core/share/conflict-labels.ts and merge.ts). */
const LABEL_RULES: Rule[] = [
  { re: /^Attributes of "(?<title>.*)"$/s, key: () => 'merge.label.attributes' },
  { re: /^Code "(?<name>.*)"$/s, key: () => 'merge.label.code' },
  { re: /^Highlight on page (?<page>\d+) of "(?<title>.*?)": "(?<quote>.*)"$/s, key: () => 'merge.label.highlightQuote' },
  { re: /^Highlight on page (?<page>\d+) of "(?<title>.*)"$/s, key: () => 'merge.label.highlight' },
  { re: /^Project memo$/, key: () => 'merge.label.projectMemo' },
  { re: /^Memo on code "(?<name>.*)"$/s, key: () => 'merge.label.codeMemo' },
  { re: /^Memo on "(?<title>.*)"$/s, key: () => 'merge.label.documentMemo' },
  { re: /^Coding$/, key: () => 'merge.label.coding' },
  { re: /^Two codes named "(?<name>.*)"$/s, key: () => 'merge.label.sameName' },
];

/** History summaries (main/core/**: summary: `…`). */
const SUMMARY_RULES: Rule[] = [
  { re: /^Created code "(?<name>.*)"$/s, key: () => 'history.text.codeCreated' },
  { re: /^Renamed code "(?<from>.*)" to "(?<to>.*)"$/s, key: () => 'history.text.codeRenamed' },
  { re: /^Edited code "(?<name>.*)"$/s, key: () => 'history.text.codeEdited' },
  { re: /^Moved code "(?<name>.*)"$/s, key: () => 'history.text.codeMoved' },
  {
    re: /^Merged code "(?<source>.*)" into "(?<target>.*)" \((?<moved>\d+) codings moved, (?<collapsed>\d+) duplicates collapsed\)$/s,
    key: () => 'history.text.codeMerged',
  },
  { re: /^Deleted code "(?<name>.*)" \((?<codes>\d+) codes, (?<codings>\d+) codings\)$/s, key: () => 'history.text.codeDeleted' },
  {
    re: /^Auto-coded (?<count>\d+) passages with "(?<name>.*)" \(search: (?<query>.*)\)$/s,
    key: () => 'history.text.autocoded',
  },
  { re: /^Highlighted "(?<quote>.*)" \(page (?<page>\d+)\)$/s, key: () => 'history.text.highlighted' },
  { re: /^Edited highlight on page (?<page>\d+)$/, key: () => 'history.text.highlightEdited' },
  { re: /^Moved highlight to "(?<quote>.*)" \(page (?<page>\d+)\)$/s, key: () => 'history.text.highlightMoved' },
  { re: /^Re-attached highlight to "(?<quote>.*)" \(page (?<page>\d+)\)$/s, key: () => 'history.text.highlightReattached' },
  { re: /^Flagged an exemplar quote on page (?<page>\d+)$/, key: () => 'history.text.exemplarFlagged' },
  { re: /^Unflagged an exemplar quote on page (?<page>\d+)$/, key: () => 'history.text.exemplarUnflagged' },
  { re: /^Deleted highlight on page (?<page>\d+)$/, key: () => 'history.text.highlightDeleted' },
  {
    re: /^Removed document "(?<title>.*)" \((?<annotations>\d+) highlights, (?<codings>\d+) codings\)$/s,
    key: () => 'history.text.documentRemoved',
  },
  { re: /^Edited the (?<target>project|document|code|annotation) memo$/, key: (g) => `history.text.memo.${g.target}` },
  { re: /^Imported a codebook \((?<created>\d+) new codes, (?<updated>\d+) updated\)$/, key: () => 'history.text.codebookImported' },
  { re: /^Re-anchored highlights: (?<moved>\d+) moved, (?<orphaned>\d+) orphaned$/, key: () => 'history.text.reanchored' },
  { re: /^Re-checked the anchors of "(?<title>.*)": (?<moved>\d+) moved, (?<orphaned>\d+) orphaned$/s, key: () => 'history.text.anchorsRechecked' },
  {
    re: /^Imported a REFI-QDA project: (?<documents>\d+) documents, (?<codes>\d+) codes, (?<annotations>\d+) highlights$/,
    key: () => 'history.text.qdpxImported',
  },
  {
    re: /^Merged from (?:"(?<peer>.*)"|another project): (?<added>\d+) added \((?<documents>\d+) documents, (?<codes>\d+) codes, (?<annotations>\d+) highlights, (?<codings>\d+) codings, (?<memos>\d+) memos\), (?<updated>\d+) updated, (?<removed>\d+) removed, (?<conflicts>\d+) conflicts, (?<same>\d+) codes with the same name$/s,
    key: (g) => (g.peer === undefined ? 'history.text.mergedAnon' : 'history.text.merged'),
  },
  {
    re: /^Resolved merge conflict \((?<label>.*)\): kept (?<kept>both versions|one merged code|this project's version|the other version)$/s,
    key: (g) => `history.text.resolved.${KEPT[g.kept ?? ''] ?? 'both'}`,
    params: (g, tr) => ({ label: localizeConflictLabel(g.label ?? '', tr) }),
  },
  { re: /^Consensus on "(?<quote>.*)" \((?<code>.*), page (?<page>\d+)\): adopted (?<name>.*)'s$/s, key: () => 'history.text.consensusAdopted' },
  {
    re: /^Consensus on "(?<quote>.*)" \((?<code>.*), page (?<page>\d+)\): (?<how>kept both|coded by neither|edited)$/s,
    key: (g) => `history.text.consensus.${g.how === 'kept both' ? 'both' : g.how === 'edited' ? 'edit' : 'neither'}`,
  },
  { re: /^Replied on page (?<page>\d+): "(?<quote>.*)"$/s, key: () => 'history.text.replied' },
  { re: /^Edited a reply: "(?<quote>.*)"$/s, key: () => 'history.text.replyEdited' },
  { re: /^Deleted a reply: "(?<quote>.*)"$/s, key: () => 'history.text.replyDeleted' },
  { re: /^Attached (?<count>\d+) bibliographic records? from (?<file>.*)$/s, key: () => 'bibAttach.historyAttached' },
  { re: /^Removed the bibliographic record of "(?<title>.*)"$/s, key: () => 'bibRecord.historyRemoved' },
  { re: /^Made (?<count>\d+) cases from the outline of "(?<title>.*)"$/s, key: () => 'history.text.casesFromOutline' },
  { re: /^Made (?<count>\d+) cases from the headings of "(?<title>.*)"$/s, key: () => 'history.text.casesFromHeadings' },
  { re: /^Made case "(?<name>.*)" from pages (?<first>\d+)–(?<last>\d+) of "(?<title>.*)"$/s, key: () => 'history.text.caseCreated' },
  { re: /^Edited case "(?<name>.*)"$/s, key: () => 'history.text.caseEdited' },
  { re: /^Deleted case "(?<name>.*)"$/s, key: () => 'history.text.caseDeleted' },
  ...(
    [
      ['Linked two passages', 'history.text.passagesLinked'],
      ['Edited a passage link', 'history.text.passageLinkEdited'],
      ['Deleted a passage link', 'history.text.passageLinkDeleted'],
    ] as const
  ).map(([text, key]): Rule => ({
    re: new RegExp(`^${text} \\((?<relation>[a-z-]+)\\)$`),
    key: () => key,
    params: (g, tr) => ({ relation: tr(`passageLinks.relations.${g.relation}.label`) }),
  })),
  { re: /^New memo "(?<title>.*)"$/s, key: () => 'history.text.memoCreated' },
  { re: /^Renamed memo "(?<from>.*)" to "(?<to>.*)"$/s, key: () => 'history.text.memoRenamed' },
  { re: /^Edited memo "(?<title>.*)"$/s, key: () => 'history.text.memoEdited' },
  { re: /^Linked memo "(?<title>.*)"$/s, key: () => 'history.text.memoLinked' },
  { re: /^Unlinked memo "(?<title>.*)"$/s, key: () => 'history.text.memoUnlinked' },
  { re: /^Deleted memo "(?<title>.*)"$/s, key: () => 'history.text.memoDeleted' },
  { re: /^Defined the attribute "(?<name>.*)"$/s, key: () => 'history.text.attributeDefined' },
  { re: /^Edited the attribute "(?<name>.*)"$/s, key: () => 'history.text.attributeEdited' },
  { re: /^Deleted the attribute "(?<name>.*)"$/s, key: () => 'history.text.attributeDeleted' },
  { re: /^Edited the attributes of "(?<title>.*)"$/s, key: () => 'history.text.attributeValuesEdited' },
  { re: /^Imported (?<count>\d+) attribute values$/s, key: () => 'attributeImport.historyImported' },
  {
    re: /^(?<dir>Undid|Redid): (?<label>.*)$/s,
    key: (g) => (g.dir === 'Undid' ? 'history.text.undid' : 'history.text.redid'),
    params: (g, tr) => ({ label: localizeUndoLabel(g.label ?? '', tr) }),
  },
];

function apply(rules: Rule[], text: string, tr: Translate): string | null {
  for (const rule of rules) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const g = { ...(m.groups ?? {}) };
    const params = { ...groups(g), ...(rule.params?.(g, tr) ?? {}) };
    if ('count' in params) params.count = num(String(params.count));
    return tr(rule.key(g), params);
  }
  return null;
}

/** A merge conflict's stored label in the interface language. */
export function localizeConflictLabel(label: string, tr: Translate): string {
  return apply(LABEL_RULES, label, tr) ?? label;
}

/** An undo-stack label ("Create highlight", 'Auto-code "victims"') in the interface language. */
export function localizeUndoLabel(label: string, tr: Translate): string {
  const key = UNDO_LABELS[label];
  if (key) return tr(`history.undoLabel.${key}`);
  const auto = /^Auto-code "(?<query>.*)"$/s.exec(label);
  if (auto) return tr('history.undoLabel.autocode', { query: auto.groups?.query ?? '' });
  return label;
}

/** A history entry's stored summary in the interface language. */
export function localizeHistorySummary(summary: string, tr: Translate): string {
  return apply(SUMMARY_RULES, summary, tr) ?? summary;
}
