// Object key order is insertion order (for string keys); assigning an existing key keeps its position.
// Pitfall: @{} hashtables are unordered; ordered dictionaries must keep the order through JSON.
interface Rec {
  zeta: number;
  alpha: number;
  mid: number;
  extra?: number;
  Beta: number;
}
export function main(): { obj: Rec; before: Rec; keys: string[] } {
  const obj: Rec = { zeta: 1, alpha: 2, mid: 3, Beta: 4 };
  const before: Rec = { zeta: obj.zeta, alpha: obj.alpha, mid: obj.mid, Beta: obj.Beta };
  obj.alpha = 20;
  obj.extra = 5;
  obj.zeta = 10;
  // Object.keys of Rec is PSC1044 (it has an optional property): the order shows in the JSON of obj,
  // and Object.keys is checked on a plain copy.
  const plain = { zeta: obj.zeta, alpha: obj.alpha, mid: obj.mid, Beta: obj.Beta };
  return { obj, before, keys: Object.keys(plain) };
}
