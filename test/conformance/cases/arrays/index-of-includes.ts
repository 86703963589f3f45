// indexOf / includes: strict equality (no coercion, case-sensitive), NaN, -0, objects by identity.
// Pitfall: PowerShell -contains / IndexOf on List[object] compare with coercion or case-insensitively.
export function main(): (number | boolean)[] {
  const strs = ['a', 'B', '1', ''];
  const nums = [1, 0, -0, 0 / 0, 2147483648];
  const obj = { k: 1 };
  const objs = [{ k: 1 }, obj];
  const mixed: (string | number)[] = ['1', 1];
  return [
    strs.indexOf('A'), strs.indexOf('B'), strs.includes('b'), strs.indexOf(''), strs.includes('1'),
    nums.indexOf(0), nums.indexOf(-0), nums.indexOf(0 / 0), nums.includes(0 / 0), nums.indexOf(2147483648), nums.includes(-0),
    objs.indexOf(obj), objs.indexOf({ k: 1 }), mixed.indexOf(1), mixed.indexOf('1'), [].length, [1, 2, 1].indexOf(1, 1), [1, 2, 1].includes(2),
  ];
}
