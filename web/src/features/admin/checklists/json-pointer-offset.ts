import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** Where a JSON Pointer lands in a JSON text: the node's range, and whether the pointer was found whole. */
export interface PointerLocation {
  from: number;
  to: number;
  /** False when only an ancestor exists (a missing key is reported at the object that lacks it). */
  exact: boolean;
}

const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The place in `text` a validation issue's path (`/criteria/2/target/op`) points at, so a click
 * on the issue can put the cursor there. A path into something the text does not have lands on
 * its nearest existing ancestor; text that does not parse at all lands at the start.
 */
export function pointerOffset(text: string, pointer: string): PointerLocation {
  const root = parseTree(text);
  if (!root) return { from: 0, to: 0, exact: false };
  const segments = pointer.split('/').slice(1).filter((s, i, all) => s !== '' || i < all.length - 1).map(unescape);
  for (let n = segments.length; n >= 0; n--) {
    const path = segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node: Node | undefined = n === 0 ? root : findNodeAtLocation(root, path);
    if (!node) continue;
    // A property's value: point at its key too, where the reader looks first.
    const start = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    return { from: start, to: node.offset + node.length, exact: n === segments.length };
  }
  return { from: 0, to: 0, exact: false };
}
