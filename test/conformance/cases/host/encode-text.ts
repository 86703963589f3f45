// encodeText with utf16le-bom, utf8, utf8-bom and ansi on ASCII, accented, Chinese and emoji text; decode round trip.
// Pitfall: [Text.Encoding]::UTF8 writes a BOM with some APIs and not others; ansi must be code page 1252.
import { host } from '../../../../src/host/host.js';

export function main(): { hex: string[]; back: string[] } {
  const text = 'Aé中😀';
  const encs = ['utf16le-bom', 'utf8', 'utf8-bom', 'ansi'];
  const hex: string[] = [];
  const back: string[] = [];
  for (const e of encs) {
    const b = host.encodeText(text, e);
    hex.push(host.bytesToHex(b));
    const d = host.decodeText(b);
    back.push(`${d.encoding}:${d.text}`);
  }
  hex.push(host.bytesToHex(host.encodeText('', 'utf8-bom')), host.bytesToHex(host.encodeText('', 'utf8')));
  return { hex, back };
}
