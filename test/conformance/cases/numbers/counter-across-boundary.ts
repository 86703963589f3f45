// A loop counter starting just below 2^31 and 2^32, stepping across both boundaries.
// Pitfall: for loops whose [int] counter overflows must keep counting as doubles.
export function main(): { a: number[]; b: number[]; count: number } {
  const a: number[] = [];
  for (let i = 2147483645; i < 2147483650; i++) {
    a.push(i);
  }
  const b: number[] = [];
  for (let i = 4294967294; i <= 4294967297; i += 1) {
    b.push(i);
  }
  let count = 0;
  for (let i = -2147483646; i > -2147483651; i--) {
    count++;
  }
  return { a, b, count };
}
