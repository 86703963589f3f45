// toUpperCase / toLowerCase on ASCII, accented Latin, Greek, Cyrillic and CJK (locale-independent in JS).
// Pitfall: PowerShell .ToUpper() uses the current culture (Turkish i); must be invariant.
export function main(): string[] {
  const inputs = ['hello World', 'ÄÖÜ äöü', 'ΑΒΓ αβγ', 'Привет', '中文', 'i I', 'mixed123_-', ''];
  const out: string[] = [];
  for (const s of inputs) {
    out.push(s.toUpperCase(), s.toLowerCase());
  }
  return out;
}
