// PSC1016: function declarations nested inside functions (and inside blocks of functions).
export function main(): number {
  function inner(x: number): number { // @expect PSC1016:3
    return x + 1;
  }
  let r = inner(1);
  if (r > 0) {
    function deeper(): number { // @expect PSC1016:5
      return 10;
    }
    r += deeper();
  }
  return r;
}
