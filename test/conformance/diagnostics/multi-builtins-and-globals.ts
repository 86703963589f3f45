// Several library problems: Date, Set, JSON, Math.random, an unsupported string method, dynamic access on a
// Record and a non-core global call, next to supported builtins.
/// <reference path="./ambient/node-globals.d.ts" />
export function main(): (string | number | boolean)[] {
  const today = new Date(); // @expect PSC1008:17
  const seen = new Set<number>(); // @expect PSC1034:16
  const text = JSON.stringify([1]); // @expect PSC1014
  const r = Math.random(); // @expect PSC1014
  const padded = 'x'.padStart(3, '-');
  const upper = 'abc'.at(0); // @expect PSC1014
  const table: Record<string, number> = { a: 1 };
  const key: string = 'a';
  const v = table[key]; // @expect PSC1018
  console.log(padded); // @expect PSC1020:3
  return [today !== null, seen !== null, text, r < 1, padded, upper ?? '', v, Math.max(1, 2)];
}
