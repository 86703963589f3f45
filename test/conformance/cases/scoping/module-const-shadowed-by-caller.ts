// Functions read module-level consts even when their caller has a local with the same name.
// Pitfall: with dynamic scoping the callee would see the caller's local instead of the module-level const.
const limit = 10;
const prefix = 'mod';
let counter = 0;
function getLimit(): number {
  return limit;
}
function tag(s: string): string {
  return `${prefix}:${s}`;
}
function readCounter(): number {
  return counter;
}
export function main(): (number | string)[] {
  const limit = 99;
  const prefix = 'local';
  const counter = -1;
  return [getLimit(), tag('x'), limit, prefix, readCounter(), counter];
}
