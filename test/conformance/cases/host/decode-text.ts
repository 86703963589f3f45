// decodeText: UTF-16LE BOM, UTF-16BE BOM, UTF-8 BOM, BOM-less valid UTF-8, invalid UTF-8 falling back to Windows-1252, empty.
// Pitfall: StreamReader detection differs (no 1252 fallback); the BOM must not be part of the text.
import { host } from '../../../../src/host/host.js';

export function main(): { text: string[]; enc: string[] } {
  const inputs = [
    'fffe41004200', 'feff00410042', 'efbbbf41c3a9', '41c3a9e4b8ad', '41e942', '', 'efbbbf', 'fffe3dd800de', '5b5d0d0a',
  ];
  const text: string[] = [];
  const enc: string[] = [];
  for (const h of inputs) {
    const d = host.decodeText(host.hexToBytes(h));
    text.push(d.text);
    enc.push(d.encoding);
  }
  return { text, enc };
}
