// PSC1011: a catch variable may only be read as `(e as Error).message`: JS's String(e), e.name or the
// object itself have no PowerShell counterpart.
function risky(n: number): number {
  if (n < 0) {
    throw new Error('negative');
  }
  return n;
}

export function main(): string {
  let r = '';
  try {
    risky(-1);
  } catch (e) {
    r = String(e); // @expect PSC1011:16
  }
  try {
    risky(-2);
  } catch (e) {
    r += (e as Error).name; // @expect PSC1011:11
  }
  try {
    risky(-4);
  } catch (e) {
    r += (e as Error).message;
  }
  return r;
}
