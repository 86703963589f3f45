// Template strings interpolating computed numbers, booleans, comparisons and strings with $ and backticks.
// Pitfall: PowerShell formats booleans as True/False and doubles by culture inside expandable strings.
function line(name: string, count: number, ok: boolean): string {
  return `[${name}] count=${count} ratio=${count / 3} ok=${ok} big=${count > 10} cost=$${count * 1.5} tick=\`${name}\``;
}
export function main(): string[] {
  return [line('tcp', 12, true), line('udp', 0, false), line('$host', -7, 1 > 2), line('a`b', 1e21, 'a' < 'b')];
}
