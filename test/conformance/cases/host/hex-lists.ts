// hexListToBytes reads regedit's hex lists (`00,ff,1A`) and gives undefined for any other text.
// Pitfalls: FromHexString/ToByte accept neither commas nor one-digit items; a regex without \z
// would let a trailing newline through; Unicode digits are not hex digits.
import { host } from '../../../../src/host/host.js';

export function main(): string[] {
  const out: string[] = [];
  for (const t of ['00,ff,1A,b2', '7f', '', '00,', ',00', '0,00', '00,,01', '00, 01', '0g', '00\n', '\u0661\u0662', '00,01\\']) {
    const b = host.hexListToBytes(t);
    out.push(b === undefined ? 'undefined' : `[${host.bytesToHex(b)}] ${b.length}`);
  }
  return out;
}
