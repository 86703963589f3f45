// PSC1036: enums (regular and const), declared but not used; a union of string literals is the supported form.
enum Color { // @expect PSC1036:1
  Red,
  Green,
}
const enum Mode { // @expect PSC1036:1
  A = 'a',
}
type Kind = 'tcp' | 'udp';

export function main(): string {
  const k: Kind = 'tcp';
  return k;
}
