// Optional properties: absent vs present with a value, assigned later in any order; Object.keys and JSON.
// Pitfall: optional properties the literal leaves out must not show up in Object.keys or JSON, and a
// property assigned later goes to the end. (Explicitly setting a property to undefined is PSC1044:
// see diagnostics/psc1044-explicit-undefined-property.ts.)
interface Opt {
  id: number;
  label?: string;
  note?: string;
  flag?: boolean;
}
function make(id: number, withLabel: boolean, withNote: boolean): Opt {
  const o: Opt = { id };
  if (withLabel) {
    o.label = `label${id}`;
  }
  if (withNote) {
    o.note = `note${id}`;
  }
  return o;
}
export function main(): { objs: Opt[]; keys: string[][]; undef: boolean[]; literal: Opt } {
  const objs = [make(1, false, false), make(2, true, false), make(3, false, true), make(4, true, true)];
  const keys: string[][] = [];
  const undef: boolean[] = [];
  for (const o of objs) {
    keys.push(Object.keys(o));
    undef.push(o.label === undefined, o.note === undefined);
  }
  return { objs, keys, undef, literal: { id: 5, flag: false } };
}
