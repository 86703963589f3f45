// @throws: unknown kind 'Udp' (expected tcp or udp)
// throw as the last statement of a switch case (no break needed) with a message containing quotes.
// Pitfall: terminating errors inside switch and message quoting.
function port(kind: string): number {
  switch (kind) {
    case 'tcp':
      return 1;
    case 'udp':
      return 2;
    default:
      throw new Error(`unknown kind '${kind}' (expected tcp or udp)`);
  }
}
export function main(): number[] {
  return [port('tcp'), port('udp'), port('Udp')];
}
