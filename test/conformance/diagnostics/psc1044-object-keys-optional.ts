// PSC1044: Object.keys of an object whose type has optional (or undefined-typed) properties. In
// PowerShell an undefined ($null) property cannot be told from an absent one, so the key lists could
// differ; JSON.stringify of such objects is fine (both omit undefined properties).
interface Opt {
  id: number;
  label?: string;
}
interface Loose {
  id: number;
  note: string | undefined;
}
interface Plain {
  id: number;
  name: string;
}

export function main(): string[][] {
  const o: Opt = { id: 1, label: undefined };
  const l: Loose = { id: 2, note: undefined };
  const p: Plain = { id: 3, name: 'x' };
  return [
    Object.keys(o), // @expect PSC1044
    Object.keys(l), // @expect PSC1044
    Object.keys(p),
  ];
}
