// return from inside nested loops and switches ends the function immediately with the value.
// Pitfall: PowerShell returns every uncaptured output; only the returned value must come back.
function findPair(nums: number[], target: number): number[] {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] + nums[j] === target) {
        return [i, j];
      }
    }
  }
  return [];
}
function firstWord(words: string[]): string {
  for (const w of words) {
    switch (w.length) {
      case 0:
        continue;
      default:
        return w;
    }
  }
  return '(none)';
}
export function main(): { pairs: number[][]; words: string[] } {
  return {
    pairs: [findPair([2, 7, 11, 15], 9), findPair([1, 2], 10), findPair([3, 3], 6), findPair([], 0)],
    words: [firstWord(['', '', 'x', 'y']), firstWord(['']), firstWord([])],
  };
}
