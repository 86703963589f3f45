// forEach with callbacks that mutate arrays and objects declared outside (mutation, not reassignment).
// Pitfall: the callback must run in order and its output must not leak into the function's output.
interface Acc {
  total: number;
  seen: string[];
}
export function main(): { out: string[]; acc: Acc } {
  const out: string[] = [];
  const acc: Acc = { total: 0, seen: [] };
  ['x', 'y', 'z'].forEach((s, i) => {
    out.push(`${i}=${s}`);
    acc.total += i;
    acc.seen.push(s.toUpperCase());
  });
  [].forEach(() => {
    out.push('never');
  });
  return { out, acc };
}
