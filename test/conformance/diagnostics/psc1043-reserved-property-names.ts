// PSC1043: property names a PowerShell object cannot carry faithfully: empty, PowerShell's reserved
// member names, and the names of the methods every object has (a note property hides the method).
interface Odd {
  psbase: number;
  gettype: string;
  ToString: string;
  '': number;
}

export function main(): number {
  const o: Odd = {
    psbase: 1, // @expect PSC1043
    gettype: 'x', // @expect PSC1043
    ToString: 'y', // @expect PSC1043
    '': 2, // @expect PSC1043
  };
  return o.psbase;
}
