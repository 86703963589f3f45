import { Buffer } from 'node:buffer';
import type { Bytes } from '../primitives.js';
import { encodeWindows1252 } from './writeAnsiZ.js';

/**
 * Encodes text: 'utf16le-bom' (FF FE + code units as they are, lone surrogates kept), 'utf8' and
 * 'utf8-bom' (EF BB BF first; a lone surrogate becomes U+FFFD = EF BF BD), 'ansi' (Windows-1252, '?'
 * for what it cannot encode). The name is matched exactly (ordinal); another name is W2D9005.
 */
export function encodeText(text: string, encoding: string): Bytes {
  let buf: Uint8Array;
  switch (encoding) {
    case 'utf16le-bom':
      buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      break;
    case 'utf8':
      buf = Buffer.from(text, 'utf8');
      break;
    case 'utf8-bom':
      buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
      break;
    case 'ansi':
      return encodeWindows1252(text);
    default:
      throw new Error(`W2D9005: unknown text encoding '${encoding}'`);
  }
  return new Uint8Array(buf);
}
