// PSC1008: Date in any form: new Date(), Date.now(), Date.UTC().
export function main(): number {
  const d = new Date(0); // @expect PSC1008:13
  const now = Date.now(); // @expect PSC1008:15
  const utc = Date.UTC(2020, 0, 1); // @expect PSC1008:15
  return (d !== null ? 1 : 0) + (now > 0 ? 1 : 0) + utc;
}
