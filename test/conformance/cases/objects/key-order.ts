// Object key order is insertion order (for string keys); assigning an existing key keeps its position.
// Pitfall: @{} hashtables are unordered; ordered dictionaries must keep the order through JSON.
interface Rec {
  zeta: number;
  alpha: number;
  mid: number;
  extra?: number;
  Beta: number;
}
export function main(): { obj: Rec; keys: string[]; keysAfter: string[] } {
  const obj: Rec = { zeta: 1, alpha: 2, mid: 3, Beta: 4 };
  const keys = Object.keys(obj);
  obj.alpha = 20;
  obj.extra = 5;
  obj.zeta = 10;
  return { obj, keys, keysAfter: Object.keys(obj) };
}
