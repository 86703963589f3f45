// String(x) for numbers, booleans, null, undefined and strings; templates and toString() agree.
// Pitfall: PowerShell [string]$true is "True", [string]$null is "", doubles may use the culture.
export function main(): string[] {
  const u: number | undefined = undefined;
  const n: string | null = null;
  return [
    String(1), String(-1.5), String(true), String(false), String(n), String(u), String('s'), String(1e21), String(0.1 + 0.2),
    String(2147483648), String(-0), `${u}`, `${n}`, `${true}`, (255).toString(), (1.5).toString(),
  ];
}
