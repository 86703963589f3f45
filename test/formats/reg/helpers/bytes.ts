/** Test helpers: .reg text as the bytes regedit (or another tool) would write. */
import { Buffer } from 'node:buffer';

/** UTF-16LE with a BOM, line ends as given (write '\r\n' or '\n' in the text). */
export function utf16(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** regedit-style: UTF-16LE with a BOM and CRLF line ends (`\n` in the text becomes CRLF). */
export function regedit(text: string): Uint8Array {
  return utf16(text.replace(/\r?\n/g, '\r\n'));
}

export const H5 = 'Windows Registry Editor Version 5.00';
export const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\W2D';

/** A version 5 file holding one key with the given value lines. */
export function oneKey(...valueLines: string[]): Uint8Array {
  return regedit(`${H5}\n\n[${KEY}]\n${valueLines.join('\n')}\n\n`);
}

export function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

export function utf16z(s: string): string {
  return Buffer.from(`${s}\0`, 'utf16le').toString('hex');
}
