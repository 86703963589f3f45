// repeat with 0, 1 and n, on empty and non-ASCII strings; length of a long repeat.
// Pitfall: PowerShell 'ab' * n works but * 0 and arrays behave differently.
export function main(): { r: string[]; long: number } {
  return { r: ['ab'.repeat(0), 'ab'.repeat(1), 'ab'.repeat(3), ''.repeat(5), '中'.repeat(2), '-'.repeat(10)], long: 'xyz'.repeat(10000).length };
}
