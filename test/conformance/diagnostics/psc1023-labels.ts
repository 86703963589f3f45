// PSC1023: labeled loops (and labeled break/continue through them).
export function main(): number {
  let hits = 0;
  outer: for (let i = 0; i < 3; i++) { // @expect PSC1023:3
    for (let j = 0; j < 3; j++) {
      if (j === 1) {
        continue outer;
      }
      hits++;
    }
  }
  return hits;
}
