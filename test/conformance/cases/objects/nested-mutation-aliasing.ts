// Nested objects shared by reference: mutating through one path is visible through the other.
// Pitfall: copying dictionaries when storing them (e.g. via pipeline or Clone) would break aliasing.
interface Node {
  name: string;
  children: Node[];
  meta: { visits: number };
}
function visit(n: Node): void {
  n.meta.visits++;
  for (const c of n.children) {
    visit(c);
  }
}
export function main(): { root: Node; leafVisits: number; sameRef: boolean } {
  const leaf: Node = { name: 'leaf', children: [], meta: { visits: 0 } };
  const mid: Node = { name: 'mid', children: [leaf], meta: { visits: 0 } };
  const root: Node = { name: 'root', children: [mid, leaf], meta: { visits: 0 } };
  visit(root);
  visit(mid);
  return { root, leafVisits: leaf.meta.visits, sameRef: root.children[1] === mid.children[0] };
}
