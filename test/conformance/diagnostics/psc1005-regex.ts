// PSC1005: regular expression literals are rejected, each one (two on one line count as one line/code pair).
export function main(): boolean[] {
  const s = 'MSAFD Tcpip';
  const re = /tcp/i; // @expect PSC1005:14
  const all = [/a/g, /b/]; // @expect PSC1005:16
  return [re !== null, all.length === 2, s.includes('Tcp')];
}
