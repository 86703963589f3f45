// Reading and writing elements by index (computed, from variables, negative-looking but valid), swapping values.
// Pitfall: $arr[-1] is the last element in PowerShell; JS never uses negative indexes here.
export function main(): { arr: number[]; reads: number[]; swapped: string[] } {
  const arr = [10, 20, 30, 40];
  const i = 1;
  arr[i] = arr[i] + 5;
  arr[arr.length - 1] = 0;
  arr[i * 2] *= 2;
  const reads = [arr[0], arr[i], arr[arr.length - 1], arr[Math.floor(3 / 2)]];
  const s = ['a', 'b', 'c'];
  const tmp = s[0];
  s[0] = s[2];
  s[2] = tmp;
  return { arr, reads, swapped: s };
}
