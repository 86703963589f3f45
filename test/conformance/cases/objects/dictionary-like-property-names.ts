// Properties named like .NET dictionary members and PowerShell intrinsics: count, length, keys, values, item, Add, remove, contains.
// (equals, gettype, tostring would hide every object's methods: PSC1043, see diagnostics/psc1043-reserved-property-names.ts.)
// (psobject/psbase are rejected by the compiler with PSC1043 and are left out.)
// Pitfall: $h.Count / $h.Keys resolve to the dictionary's own members instead of the key of that name.
interface Weird {
  count: number;
  length: number;
  keys: string[];
  values: number[];
  item: string;
  Add: string;
  remove: boolean;
  contains: number;
  syncroot: string;
}
export function main(): { obj: Weird; read: (number | string | boolean)[]; keyList: string[] } {
  const obj: Weird = {
    count: 42, length: -1, keys: ['k'], values: [], item: 'it', Add: 'add', remove: false, contains: 0,
    syncroot: 'sr',
  };
  obj.count = obj.count + 1;
  obj.length += 10;
  obj.keys.push('k2');
  const read = [obj.count, obj.length, obj.keys.length, obj.values.length, obj.item, obj.Add, obj.remove, obj.contains];
  return { obj, read, keyList: Object.keys(obj) };
}
