// String literals that look like PowerShell syntax must stay plain data.
// Pitfall: naive quoting of '...' (doubled quotes), "..." (expansion), here-strings and comments.
export function main(): { items: string[]; joined: string; lengths: number[] } {
  const items = [
    '-eq', '$null', '@()', '#comment', '<#', '#>', "'", '"', '`', '${x}', '%', ';', '|', '&', '$true', "''", '""',
    "@'", "'@", '@"', '"@', '\\', '$args[0]', '[int]', '-f', '{0}', '2>&1', '$(1+1)', '--%',
  ];
  const lengths: number[] = [];
  for (const x of items) {
    lengths.push(x.length);
  }
  return { items, joined: items.join(' '), lengths };
}
