// && and || short-circuit: the right side runs only when needed (observed through a side-effect log).
// Pitfall: PowerShell -and/-or also short-circuit, but lowered helper calls must not evaluate eagerly.
function check(log: string[], name: string, value: boolean): boolean {
  log.push(name);
  return value;
}
export function main(): { log: string[]; results: boolean[] } {
  const log: string[] = [];
  const results = [
    check(log, 'a', false) && check(log, 'b', true),
    check(log, 'c', true) || check(log, 'd', true),
    check(log, 'e', true) && check(log, 'f', false),
    check(log, 'g', false) || check(log, 'h', false),
    (check(log, 'i', true) || check(log, 'j', true)) && check(log, 'k', true),
  ];
  return { log, results };
}
