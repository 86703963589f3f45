// PSC1027: var declarations, at module level, in functions and in for loops.
var moduleLevel = 1; // @expect PSC1027:1

export function main(): number {
  var x = 2; // @expect PSC1027:3
  let total = 0;
  for (var i = 0; i < 3; i++) { // @expect PSC1027:8
    total += i;
  }
  return moduleLevel + x + total;
}
