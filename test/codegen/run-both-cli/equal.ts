// run-both CLI contract: equal in both engines (exit 0). Arrays of 0 and 1 element stay arrays.
export function main(): { empty: number[]; one: string[]; nested: number[][] } {
  return { empty: [], one: ['x'], nested: [[1]] };
}
