// Optional properties: absent, present with a value, assigned later, explicitly undefined: JSON.stringify
// omits undefined ones and keeps the order of the others (assigned later = at the end).
// (Object.keys of such a type is PSC1044: see diagnostics/psc1044-object-keys-optional.ts.)
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
export function main(): { objs: Opt[]; undef: boolean[]; literal: Opt } {
  const objs = [make(1, false, false), make(2, true, false), make(3, false, true), make(4, true, true)];
  const undef: boolean[] = [];
  for (const o of objs) {
    undef.push(o.label === undefined, o.note === undefined);
  }
  return { objs, undef, literal: { id: 5, label: undefined, flag: false } };
}
