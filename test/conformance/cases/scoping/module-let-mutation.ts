// Module-level let variables assigned from functions: the module variable changes (not a function-local copy).
// Pitfall: $counter++ inside a PowerShell function creates a local copy unless the script scope is targeted.
let counter = 0;
let log: string[] = [];
let lastName = '';
function next(name: string): number {
  counter++;
  counter += 10;
  log.push(name);
  lastName = name;
  return counter;
}
export function main(): { values: number[]; counter: number; log: string[]; lastName: string } {
  counter = 0;
  log = [];
  lastName = '';
  const values = [next('a'), next('b'), next('c')];
  return { values, counter, log, lastName };
}
