// PSC1044: a property explicitly set to undefined. In PowerShell an undefined ($null) property is an
// absent one, so Object.keys would differ from JS; the compiler says so instead of compiling it.
interface Opt {
  id: number;
  label?: string;
}

export function main(): Opt {
  const o: Opt = { id: 1, label: undefined }; // @expect PSC1044
  o.label = undefined; // @expect PSC1044
  return o;
}
