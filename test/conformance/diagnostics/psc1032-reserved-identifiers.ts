// PSC1032: identifiers starting with '__' (reserved for the compiler's runtime), reported where they are declared
// (variables, functions, parameters), not again at each use.
function __helper(x: number): number { // @expect PSC1032:10
  return x;
}

function ok(__p: number): number { // @expect PSC1032:13
  return __p;
}

export function main(): number {
  const __value = 1; // @expect PSC1032:9
  const _single = 2;
  return __helper(__value) + ok(_single);
}
