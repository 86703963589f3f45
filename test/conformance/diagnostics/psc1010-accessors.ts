// PSC1010: get and set accessors in object literals.
interface Temp {
  celsius: number;
  readonly fahrenheit: number;
}

export function main(): number {
  const t: Temp = {
    celsius: 20,
    get fahrenheit(): number { // @expect PSC1010:5
      return 68;
    },
  };
  const w = {
    set value(v: number) { // @expect PSC1010:5
      if (v > 0) {
        return;
      }
    },
  };
  w.value = 5;
  return t.fahrenheit;
}
