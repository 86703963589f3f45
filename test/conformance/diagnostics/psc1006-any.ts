// PSC1006: the type `any` is rejected wherever it is written (parameter, variable, return, array element type).
function loose(x: any): number { // @expect PSC1006:19
  return x as number;
}

export function main(): number {
  const v: any = 5; // @expect PSC1006:12
  const list: any[] = [1]; // @expect PSC1006:15
  return loose(v) + (list[0] as number);
}
