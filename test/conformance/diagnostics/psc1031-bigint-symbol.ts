// PSC1031: bigint literals and the bigint and symbol types (no arithmetic on them, so nothing else to report).
export function main(): string {
  const big = 1n; // @expect PSC1031:15
  const typed: bigint | undefined = undefined; // @expect PSC1031:16
  const sym: symbol | undefined = undefined; // @expect PSC1031:14
  return `${big === undefined}${typed === undefined}${sym === undefined}`;
}
