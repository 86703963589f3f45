// Arrays and objects are passed by reference: a callee's mutations are visible; reassigning a parameter is not.
// Pitfall: PowerShell passes references too, but copying on unrolling or [ref] misuse would break it.
interface Box {
  value: number;
  items: string[];
}
function mutate(arr: number[], box: Box): void {
  arr.push(4);
  arr[0] = 100;
  box.value = box.value * 2;
  box.items.push('added');
}
function reassign(arr: number[], box: Box, n: number): void {
  arr = [0];
  box = { value: -1, items: [] };
  n = n + 1;
  arr.push(n);
  box.value = n;
}
export function main(): { arr: number[]; box: Box; n: number } {
  const arr = [1, 2, 3];
  const box: Box = { value: 21, items: [] };
  const n = 5;
  mutate(arr, box);
  reassign(arr, box, n);
  return { arr, box, n };
}
