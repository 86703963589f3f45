// Properties named like .NET dictionary members and PowerShell intrinsics: count, length, keys, values, item, Add, remove, contains, equals, gettype, tostring.
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
  equals: string;
  gettype: string;
  tostring: string;
  syncroot: string;
}
export function main(): { obj: Weird; read: (number | string | boolean)[]; keyList: string[] } {
  const obj: Weird = {
    count: 42, length: -1, keys: ['k'], values: [], item: 'it', Add: 'add', remove: false, contains: 0,
    equals: 'eq', gettype: 'gt', tostring: 'ts', syncroot: 'sr',
  };
  obj.count = obj.count + 1;
  obj.length += 10;
  obj.keys.push('k2');
  const read = [obj.count, obj.length, obj.keys.length, obj.values.length, obj.item, obj.Add, obj.remove, obj.contains, obj.equals, obj.gettype, obj.tostring];
  return { obj, read, keyList: Object.keys(obj) };
}
