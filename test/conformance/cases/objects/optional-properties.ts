// Optional properties: absent vs present with a value vs present holding undefined; Object.keys and JSON differ.
// Pitfall: a $null-valued key is present in the dictionary; JSON must omit it but Object.keys must list it.
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
    o.note = undefined;
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
  return { objs, keys, undef, literal: { id: 5, label: undefined, flag: false } };
}
