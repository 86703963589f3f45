// break inside a switch ends the switch only; continue inside a switch continues the enclosing loop.
// Pitfall: in PowerShell, continue inside switch moves to the switch's next input, and break ends the switch.
export function main(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 6; i++) {
    switch (i % 3) {
      case 0:
        out.push(`${i}: zero, break`);
        break;
      case 1:
        out.push(`${i}: one, continue`);
        continue;
      default:
        out.push(`${i}: two`);
        break;
    }
    out.push(`${i}: after switch`);
  }
  let k = 0;
  while (k < 10) {
    k++;
    switch (k) {
      case 3:
        continue;
      case 5:
        out.push('five');
        break;
      default:
        break;
    }
    if (k === 7) {
      break;
    }
    out.push(`k=${k}`);
  }
  return out;
}
