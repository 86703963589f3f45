// push returns the new length (also with several arguments); pop returns the last element or undefined.
// Pitfall: List.Add returns void, RemoveAt returns nothing; pushing an array must add ONE element.
export function main(): { lens: number[]; popped: (number | number[] | undefined)[]; arr: (number | number[])[]; empty: number[] } {
  const arr: (number | number[])[] = [];
  const lens = [arr.push(1), arr.push(2, 3), arr.push([4, 5]), arr.push([]), arr.push([6])];
  const popped: (number | number[] | undefined)[] = [arr.pop(), arr.pop()];
  const empty: number[] = [];
  popped.push(empty.pop(), empty.pop());
  lens.push(arr.length, empty.length);
  return { lens, popped, arr, empty };
}
