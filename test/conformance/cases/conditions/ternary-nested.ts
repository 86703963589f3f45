// The conditional operator: nested, right-associative, evaluating only the chosen branch.
// Pitfall: lowering to if/else must keep evaluation order and produce values of either branch type.
function grade(score: number): string {
  return score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : 'F';
}
function pick(log: string[], name: string): number {
  log.push(name);
  return name.length;
}
export function main(): { grades: string[]; log: string[]; values: number[] } {
  const grades: string[] = [];
  for (const s of [95, 85, 75, 65, 90, 89.99]) {
    grades.push(grade(s));
  }
  const log: string[] = [];
  const t = true;
  const values = [t ? pick(log, 'yes') : pick(log, 'no'), !t ? pick(log, 'maybe') : pick(log, 'nope'), (t ? 1 : 2) + (t ? 10 : 20)];
  return { grades, log, values };
}
