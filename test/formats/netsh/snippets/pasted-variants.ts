// Cross-check: texts as they get pasted (quote marks, BOM character, NBSP / ideographic-space
// padding, tabs, lone CR line ends, UTF-16 without BOM read as NULs) give the same results in both
// engines; trimming and splitting must follow JavaScript in pwsh too.
import { readNetshCatalog } from '../../../../src/core/formats/netsh/reader.js';
import { readNetshFixture } from './fixture.js';

export function main(): string[] {
  const en = readNetshFixture('en-win10-astrill-lsp.txt');
  const zh = readNetshFixture('zh-cn-win10-32bit.txt');
  const variants = [
    en.split('\n').map((l) => `> ${l}`).join('\n'),
    '\uFEFF' + zh.replaceAll(':                     ', ':\u00A0\u3000\t'),
    zh.replaceAll('\n', '\r'),
    en.split('').map((c) => c + '\u0000').join(''),
    zh.replaceAll(':', '\uFF1A'),
    en.replaceAll('(32)', '\uFF0832\uFF09'),
  ];
  return variants.map((t, i) => {
    const r = readNetshCatalog(t, `variant-${i}`);
    if (r.catalogs === null) {
      return `error ${r.error === null ? '' : r.error}`;
    }
    const c = r.catalogs;
    return c.protocolEntries.map((e) => `${e.catalog}/${e.catalogEntryId}/${e.entryType}/${e.chainEntries.join(':')}/${e.serviceFlags1}/${e.protocolName}`).join(' ; ') + ` issues=${c.decodeIssues.length}`;
  });
}
