// Makes citeproc-js build an engine in a fraction of the time. CSL.Engine expands every macro
// call of the style by searching the whole style tree for the macro's node
// (XmlJSON.getNodesByName(root, 'macro', name), citeproc_commonjs.js expandMacro): Chicago
// author-date 18th has ~1,000 macro calls over ~6,000 nodes, so 40% of the 1.4 s an engine takes
// to build goes to those walks. Here the lookup of a named node under the style's root is
// answered from an index of the tree, built by the same depth-first walk (same nodes, same
// order) and rebuilt if the root's children change (a jurisdiction module adding macros).
// Every other lookup goes to citeproc's own code.
import CSL from 'citeproc';

type XmlNode = { name?: string; attrs?: Record<string, string>; children?: unknown[] };
type GetNodesByName = (this: unknown, node: XmlNode, name: string, nameattrval?: string, ret?: XmlNode[]) => XmlNode[];

interface TreeIndex {
  childCount: number;
  /** `${element name}\u0000${name attribute}` → the nodes in depth-first order. */
  byName: Map<string, XmlNode[]>;
}

const indexes = new WeakMap<XmlNode, TreeIndex>();

function buildIndex(root: XmlNode): TreeIndex {
  const byName = new Map<string, XmlNode[]>();
  const walk = (node: XmlNode) => {
    if (node.name && node.attrs?.name !== undefined) {
      const key = `${node.name}\u0000${node.attrs.name}`;
      const list = byName.get(key);
      if (list) list.push(node);
      else byName.set(key, [node]);
    }
    for (const child of node.children ?? []) if (child && typeof child === 'object') walk(child as XmlNode);
  };
  walk(root);
  return { childCount: root.children?.length ?? 0, byName };
}

let installed = false;

/** Installs the index once per thread; idempotent. */
export function installCiteprocMacroIndex(): void {
  if (installed) return;
  installed = true;
  const proto = (CSL as unknown as { XmlJSON: { prototype: { getNodesByName: GetNodesByName; dataObj?: XmlNode } } }).XmlJSON.prototype;
  const original = proto.getNodesByName;
  proto.getNodesByName = function (this: { dataObj?: XmlNode }, node, name, nameattrval, ret) {
    // Only the whole-tree lookup of a named element (macros) — the hot path — is indexed.
    if (ret || !nameattrval || !node || node !== this.dataObj || !node.children) return original.call(this, node, name, nameattrval, ret);
    let index = indexes.get(node);
    if (!index || index.childCount !== node.children.length) indexes.set(node, (index = buildIndex(node)));
    return [...(index.byName.get(`${name}\u0000${nameattrval}`) ?? [])];
  } as GetNodesByName;
}
