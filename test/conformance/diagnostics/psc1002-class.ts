// PSC1002: class declarations and class expressions are rejected (no `this` used, so no PSC1026; never
// instantiated, so no diagnostic for `new`).
class Counter { // @expect PSC1002:1
  count = 0;
}
const Anon = class { // @expect PSC1002:14
  label = 'x';
};

export function main(): number {
  return 0;
}
