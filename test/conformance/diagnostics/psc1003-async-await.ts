// PSC1003: an async function and each await in it are rejected.
async function load(): Promise<number> { // @expect PSC1003:1
  return 1;
}

async function twice(): Promise<number> { // @expect PSC1003:1
  const a = await load(); // @expect PSC1003:13
  const b = await load(); // @expect PSC1003:13
  return a + b;
}

export function main(): number {
  const p = twice();
  return p !== null ? 1 : 0;
}
