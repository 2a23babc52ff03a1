// The memos part of the contract (issue 14 item 7): the memo manager's list with search and the
// "linked to" filter, one memo, create / rename / write / link / unlink / delete (each undoable)
// and a passage's quote with its citation for "Insert passage". Inputs are untrusted JSON: their
// shape is checked here, titles, bodies and link kinds by shared/rules/memo-rules.ts. Every
// change emits 'coding.changed' so open editors, lists and the History refresh.
import type { Handlers } from '../../../shared/contract';
import type { Coder } from '../../../shared/domain/code';
import type { MemoListQuery, NewMemo } from '../../../shared/domain/memo';
import { CITATION_STYLES, isCitationLocale, isCitationStyle } from '../../../shared/csl/citation-styles';
import { checkMemoLinkKind } from '../../../shared/rules/memo-rules';
import { asObject, badInput, str } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { createMemo, deleteMemo, linkMemo, renameMemo, unlinkMemo, writeMemo } from './memo-actions';
import { type Lang, listMemos, readMemo } from './memo-read';
import { passageQuote } from './passage-quote';

type MemoChannels =
  | 'memos.list' | 'memos.read' | 'memos.create' | 'memos.rename' | 'memos.write' | 'memos.link' | 'memos.unlink' | 'memos.delete' | 'memos.passageQuote';

const ID = { max: 100 };
const SORTS = ['updated', 'title', 'created'] as const;

function langOf(o: Record<string, unknown>): Lang {
  if (o.lang === undefined) return 'en';
  if (o.lang !== 'en' && o.lang !== 'ru') throw badInput('"lang" must be en or ru');
  return o.lang;
}

export function parseListQuery(input: unknown): MemoListQuery {
  const o = input === undefined || input === null ? {} : asObject(input);
  const q: MemoListQuery = {};
  const search = str(o, 'search', { optional: true, max: 1000 });
  if (search) q.search = search;
  if (o.sort !== undefined) {
    if (!SORTS.includes(o.sort as (typeof SORTS)[number])) throw badInput(`"sort" must be one of ${SORTS.join(', ')}`);
    q.sort = o.sort as MemoListQuery['sort'];
  }
  if (o.linked !== undefined && o.linked !== null) {
    const l = asObject(o.linked, 'linked');
    q.linked = { kind: checkMemoLinkKind(l.kind), id: str(l, 'id', ID) };
  }
  return q;
}

function parseNewMemo(o: Record<string, unknown>): NewMemo {
  const links = o.links === undefined ? [] : o.links;
  if (!Array.isArray(links) || links.length > 100) throw badInput('"links" must be a list of at most 100');
  return {
    title: o.title as string,
    body: o.body === undefined ? '' : (o.body as string),
    links: links.map((v) => {
      const l = asObject(v, 'link');
      return { kind: checkMemoLinkKind(l.kind), targetId: str(l, 'targetId', ID) };
    }),
  };
}

export function memoHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, MemoChannels> {
  const db = () => ctx.requireProject().db;
  const changed = <T>(out: { result: T }): T => {
    ctx.emit('coding.changed', {});
    return out.result;
  };
  return {
    'memos.list': (input) => {
      const o = input === undefined || input === null ? {} : asObject(input);
      return listMemos(db(), parseListQuery(input), langOf(o));
    },
    'memos.read': (input) => {
      const o = asObject(input);
      return readMemo(db(), str(o, 'id', ID), langOf(o));
    },
    'memos.create': (input) => {
      const o = asObject(input);
      return changed(createMemo(db(), coder(), parseNewMemo(o), langOf(o)));
    },
    'memos.rename': (input) => {
      const o = asObject(input);
      return changed(renameMemo(db(), coder(), str(o, 'id', ID), o.title as string, langOf(o)));
    },
    'memos.write': (input) => {
      const o = asObject(input);
      return changed(writeMemo(db(), coder(), str(o, 'id', ID), o.body as string, langOf(o)));
    },
    'memos.link': (input) => {
      const o = asObject(input);
      return changed(linkMemo(db(), coder(), str(o, 'id', ID), checkMemoLinkKind(o.kind), str(o, 'targetId', ID), langOf(o)));
    },
    'memos.unlink': (input) => {
      const o = asObject(input);
      return changed(unlinkMemo(db(), coder(), str(o, 'id', ID), str(o, 'linkId', ID), langOf(o)));
    },
    'memos.delete': (input) => {
      changed(deleteMemo(db(), coder(), str(asObject(input), 'id', ID)));
    },
    'memos.passageQuote': (input) => {
      const o = asObject(input);
      if (!isCitationStyle(o.style)) throw badInput(`"style" must be one of ${CITATION_STYLES.join(', ')}`);
      if (!isCitationLocale(o.locale)) throw badInput('"locale" must be en or ru');
      return passageQuote(db(), str(o, 'annotationId', ID), o.style, o.locale);
    },
  };
}
