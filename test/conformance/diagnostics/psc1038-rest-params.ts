// PSC1038: rest parameters (and calls spreading an array into them).
function sum(...xs: number[]): number { // @expect PSC1038:14
  let t = 0;
  for (const x of xs) {
    t += x;
  }
  return t;
}

export function main(): number {
  return sum(1, 2, 3);
}
