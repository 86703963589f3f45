// PSC1020: calls of host-environment globals that are not core functions, host primitives or builtins
// (an arrow passed to a call that is already reported is not reported again with PSC1013).
/// <reference path="./ambient/node-globals.d.ts" />
export function main(): number {
  console.log('hello'); // @expect PSC1020:3
  setTimeout(() => undefined, 10); // @expect PSC1020:3
  const dir = process.cwd(); // @expect PSC1020:15
  return dir.length;
}
