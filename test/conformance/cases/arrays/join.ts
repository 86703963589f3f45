// join with default and custom separators; numbers, booleans, null/undefined (empty) and nested arrays.
// Pitfall: -join formats $true as True and doubles by culture; null and undefined must join as ''.
export function main(): string[] {
  const nums = [1, 0.5, 0.1 + 0.2, 1e21, -0, 2147483648];
  const bools = [true, false];
  const holes: (string | null | undefined)[] = ['a', null, undefined, 'b'];
  const nested = [[1, 2], [3], []];
  return [
    nums.join(), nums.join(', '), bools.join('|'), holes.join('-'), nested.join(';'), [].join('x'), ['only'].join('x'),
    ['a', 'b'].join(''), ['中', '文'].join('·'), [[[1, 2]], [[3]]].join('/'),
  ];
}
