// PSC1017: a non-empty switch case that falls through into the next one; grouped empty cases are fine.
export function main(): string[] {
  const out: string[] = [];
  for (const n of [1, 2, 3, 4]) {
    switch (n) {
      case 1: // @expect PSC1017:7
        out.push('one');
      case 2:
        out.push('one or two');
        break;
      case 3:
      case 4:
        out.push('three or four');
        break;
    }
  }
  return out;
}
