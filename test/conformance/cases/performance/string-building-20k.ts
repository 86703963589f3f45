// Building a large string from 20,000 parts with push + join, and character scanning with charCodeAt.
// Pitfall: string += in a loop is quadratic; charCodeAt per character must not allocate pipelines.
export function main(): { len: number; digits: number; letters: number; tail: string } {
  const parts: string[] = [];
  for (let i = 0; i < 20000; i++) {
    parts.push(i % 10 === 0 ? 'x' : String(i % 10));
  }
  const s = parts.join('');
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
    } else {
      letters++;
    }
  }
  return { len: s.length, digits, letters, tail: s.slice(-12) };
}
