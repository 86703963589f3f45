/**
 * The netsh `show catalog` reader against the real-capture corpus (test/fixtures/netsh, sources in
 * its README.md). Expected values were written by reading the captures, not by running the reader.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { host } from '../../../src/host/host.js';
import { parseNetshCatalog, readNetshCatalog } from '../../../src/core/formats/netsh/reader.js';
import { NETSH_CODES } from '../../../src/core/formats/netsh/errors.js';
import type { Catalogs, ProtocolEntry } from '../../../src/core/model/catalog.js';

const DIR = path.resolve(__dirname, '../../fixtures/netsh');
const MSW = '%SystemRoot%\\system32\\mswsock.dll';
const G_TCPIP = '{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}';
const G_TCPIP6 = '{F9EAB0C0-26D4-11D0-BBBF-00AA006C34E4}';
const G_RSVP = '{9D60A9E0-337A-11D0-BD88-0000C082E69A}';
const G_BT = '{9FC48064-7298-43E4-B7BD-181F2089792A}';
const G_HYPERV = '{1234191B-4BF7-4CA7-86E0-DFD7C32B5445}';

/** catalog, id, entryType, chainLen, chain, AF, max, min, socket type, protocol, flags, version, GUID, path, description */
type Row = [string, number, string, number, number[], number, number, number, number, number, number, number, string, string, string];

function row(e: ProtocolEntry): Row {
  return [e.catalog, e.catalogEntryId, e.entryType, e.chainLen, e.chainEntries, e.addressFamily, e.maxSockAddr, e.minSockAddr,
    e.socketType, e.protocol, e.serviceFlags1, e.version, e.providerId, e.libraryPath, e.protocolName];
}

function readFixture(name: string): string {
  return host.decodeText(host.readFileBytes(path.join(DIR, name))).text;
}

function parse(name: string, bitness = 0): Catalogs {
  return parseNetshCatalog(readFixture(name), name, bitness);
}

const ASTRILL: Row[] = [
  ['Protocol64', 1020, 'Chain', 2, [1019, 1002], 2, 16, 16, 1, 6, 0x66, 2, '{03A42735-FD62-42D5-8BF8-792564F569F9}', 'C:\\Windows\\system32\\ASProxy64.dll', 'ASProxy over [MSAFD Tcpip [TCP/IP]]'],
  ['Protocol64', 1005, 'Base', 1, [], 23, 28, 28, 1, 6, 0x20066, 2, G_TCPIP6, MSW, 'MSAFD Tcpip [TCP/IPv6]'],
  ['Protocol64', 1013, 'Base', 1, [], 26, 32, 8, 1, 1, 0x20006, 2, '{3972523D-2AF1-11D1-B655-00805F3642CC}', MSW, 'MSAFD Irda [IrDA]'],
  ['Protocol64', 1019, 'Layered', 0, [], 2, 16, 16, 0, 0, 0x66, 2, '{E26DCE69-9F96-48B5-9BAC-557D554942DD}', 'C:\\Windows\\system32\\ASProxy64.dll', 'ASProxy'],
  ['Protocol32', 1004, 'Base', 1, [], 2, 16, 16, 3, 0, 0x20609, 2, G_TCPIP, MSW, 'MSAFD Tcpip [RAW/IP]'],
  ['Protocol32', 1012, 'Base', 1, [], 34, 36, 36, 1, 1, 0x20026, 2, G_HYPERV, MSW, 'Hyper-V RAW'],
];
const LAVASOFT_WIN10: Row[] = [
  ['Protocol64', 1032, 'Chain', 2, [1031, 1006], 2, 16, 16, 1, 6, 0x66, 2, '{1C39A736-9641-4F43-9C20-AEED81692A07}', 'C:\\WINDOWS\\system32\\LavasoftTcpService64.dll', 'LavasoftLSP over [MSAFD Tcpip [TCP/IP]]'],
  ['Protocol64', 1013, 'Base', 1, [], 32, 30, 30, 1, 3, 0x20026, 2, G_BT, MSW, 'MSAFD RfComm [Bluetooth]'],
  ['Protocol32', 1005, 'Base', 1, [], 2, 16, 16, 2, 17, 0x22609, 2, G_RSVP, MSW, 'RSVP UDP Service Provider'],
];
const WIN10_14393: Row[] = [
  ['Protocol64', 1003, 'Base', 1, [], 2, 16, 16, 1, 6, 0x22066, 2, G_RSVP, MSW, 'RSVP TCP Service Provider'],
  ['Protocol32', 1008, 'Base', 1, [], 2, 16, 16, 3, 0, 0x20609, 2, G_TCPIP, MSW, 'MSAFD Tcpip [RAW/IP]'],
];
const LAVASOFT_NO32: Row[] = [
  ['Protocol64', 1015, 'Chain', 2, [1012, 1004], 23, 28, 28, 1, 6, 0x66, 2, '{C52CDAB2-841F-4051-9A63-7EDE5BFC31C8}', 'C:\\Windows\\system32\\LavasoftTcpService.dll', 'LavasoftLSP over [MSAFD Tcpip [TCP/IPv6]]'],
  ['Protocol64', 1007, 'Base', 1, [], 23, 28, 28, 1, 6, 0x22066, 2, G_RSVP, MSW, 'RSVP TCPv6 Service Provider'],
];
const AF_UNIX_TRUNCATED: Row[] = [
  ['Protocol64', 1009, 'Base', 1, [], 2, 16, 16, 1, 6, 0x22066, 2, G_RSVP, MSW, 'RSVP TCP Service Provider'],
  ['Protocol32', 1003, 'Base', 1, [], 23, 28, 28, 3, 0, 0x20609, 2, G_TCPIP6, MSW, 'MSAFD Tcpip [RAW/IPv6]'],
  ['Protocol32', 1011, 'Base', 1, [], 2, 16, 16, 2, 17, 0x22609, 2, G_RSVP, MSW, 'RSVP UDP Service Provider'],
];
const HYPERV32: Row[] = [
  ['Protocol64', 1008, 'Base', 1, [], 2, 16, 16, 3, 0, 0x20609, 2, G_TCPIP, MSW, 'MSAFD Tcpip [RAW/IP]'],
  ['Protocol32', 1001, 'Base', 1, [], 34, 36, 36, 1, 1, 0x20026, 2, G_HYPERV, MSW, 'Hyper-V RAW'],
];
const ZH_32: Row[] = [
  ['Protocol32', 1007, 'Base', 1, [], 23, 28, 28, 1, 6, 0x20066, 2, G_TCPIP6, MSW, 'MSAFD Tcpip [TCP/IPv6]'],
  ['Protocol32', 1008, 'Base', 1, [], 23, 28, 28, 2, 17, 0x20609, 2, G_TCPIP6, MSW, 'MSAFD Tcpip [UDP/IPv6]'],
  ['Protocol32', 1013, 'Base', 1, [], 32, 30, 30, 1, 256, 0x20006, 2, G_BT, MSW, 'MSAFD L2CAP [Bluetooth]'],
];
const SANGFOR: Row[] = [
  ['Protocol64', 1019, 'Chain', 2, [1018, 1004], 2, 16, 16, 1, 6, 0x20066, 2, '{62816A64-DAC2-48DD-B3AD-843C916DDF82}', 'C:\\Program Files (x86)\\Sangfor\\SSL\\ClientComponent\\31_SangforTcpX64.dll', 'SangforLSP_x64 over [MSAFD Tcpip [TCP/IP]]'],
];
const INTERNALS: Row[] = [
  ['Protocol64', 1001, 'Base', 1, [], 2, 16, 16, 1, 6, 0x20066, 2, G_TCPIP, MSW, 'MSAFD Tcpip [TCP/IP]'],
  ['Protocol64', 1002, 'Base', 1, [], 2, 16, 16, 2, 17, 0x20609, 2, G_TCPIP, MSW, 'MSAFD Tcpip [UDP/IP]'],
  ['Protocol64', 1003, 'Base', 1, [], 2, 16, 16, 3, 0, 0x20609, 2, G_TCPIP, MSW, 'MSAFD Tcpip [RAW/IP]'],
];

/** Every fixture with its protocol rows, the decode-issue IDs and the catalogs present. */
const CORPUS: { file: string; rows: Row[]; issues: string[]; catalogs: string[] }[] = [
  { file: 'en-win10-astrill-lsp.txt', rows: ASTRILL, issues: [], catalogs: ['Protocol64', 'Protocol32'] },
  { file: 'en-win10-lavasoft-lsp.crlf.txt', rows: LAVASOFT_WIN10, issues: [], catalogs: ['Protocol64', 'Protocol32'] },
  { file: 'en-win10-14393-base.txt', rows: WIN10_14393, issues: [], catalogs: ['Protocol64', 'Protocol32'] },
  { file: 'en-truncated-lavasoft-layered.txt', rows: [LAVASOFT_WIN10[1]], issues: ['W2D1210'], catalogs: ['Protocol64'] },
  { file: 'en-lavasoft-no32.txt', rows: LAVASOFT_NO32, issues: [], catalogs: ['Protocol64'] },
  { file: 'en-af-unix-truncated.txt', rows: AF_UNIX_TRUNCATED, issues: ['W2D1210'], catalogs: ['Protocol64', 'Protocol32'] },
  { file: 'en-win10-hyperv32.crlf.txt', rows: HYPERV32, issues: [], catalogs: ['Protocol64', 'Protocol32'] },
  { file: 'zh-cn-win10-32bit.txt', rows: ZH_32, issues: [], catalogs: ['Protocol32'] },
  { file: 'zh-cn-win10-32bit.utf16.txt', rows: ZH_32, issues: [], catalogs: ['Protocol32'] },
  { file: 'zh-cn-win10-32bit.gbk.txt', rows: ZH_32, issues: [], catalogs: ['Protocol32'] },
  { file: 'zh-cn-sangfor-lsp-truncated.utf8bom.txt', rows: SANGFOR, issues: ['W2D1210'], catalogs: ['Protocol64'] },
  { file: 'en-win7-internals-namespace.txt', rows: INTERNALS, issues: [], catalogs: ['Protocol64', 'NameSpace64'] },
];
const GARBAGE: { file: string; error: string }[] = [
  { file: 'garbage-prose.txt', error: 'W2D1201' },
  { file: 'garbage-dashes.txt', error: 'W2D1202' },
];

describe('netsh reader: the real-capture corpus', () => {
  it('covers every fixture file', () => {
    const listed = [...CORPUS.map((c) => c.file), ...GARBAGE.map((g) => g.file)].sort();
    const present = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(listed).toEqual(present);
  });

  for (const c of CORPUS) {
    it(`${c.file}: every entry, field and chain`, () => {
      const cat = parse(c.file);
      expect(cat.sourceKind).toBe('netsh');
      expect(cat.source).toBe(c.file);
      expect(cat.protocolEntries.map(row)).toEqual(c.rows);
      expect(cat.decodeIssues.map((i) => i.id)).toEqual(c.issues);
      expect(cat.headers.map((h) => h.catalog)).toEqual(c.catalogs);
      for (const h of cat.headers) {
        expect(h).toEqual({ catalog: h.catalog, numCatalogEntries: null, nextCatalogEntryId: null, serialAccessNum: null, entryKeys: [] });
      }
      for (const e of cat.protocolEntries) {
        expect(e.key).toBeNull();
        expect(e.itemSize).toBeNull();
        expect(e.rawItemHex).toBeUndefined();
        expect(e.displayName).toBeUndefined();
        expect([e.serviceFlags2, e.serviceFlags3, e.serviceFlags4, e.providerFlags, e.protocolMaxOffset, e.networkByteOrder, e.securityScheme, e.messageSize, e.providerReserved]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
      }
      expect(cat.parameters).toEqual([]);
      expect(cat.legacyTransports).toBeNull();
      expect(cat.limitations.join(' ')).toMatch(/registry keys.*PackedCatalogItem.*counters.*dwServiceFlags1.*localized/s);
    });
  }

  it('the one name-space entry (Windows Internals sample)', () => {
    const cat = parse('en-win7-internals-namespace.txt');
    expect(cat.nameSpaceEntries).toEqual([
      { catalog: 'NameSpace64', key: null, displayString: 'Network Location Awareness Legacy (NLAv1) Namespace', providerId: '{6642243A-3BA8-4AA6-BAA5-2E0BD71FDD83}', libraryPath: '', nameSpace: 15, enabled: true, version: 0 },
    ]);
    for (const c of CORPUS.filter((x) => x.file !== 'en-win7-internals-namespace.txt')) {
      expect(parse(c.file).nameSpaceEntries).toEqual([]);
    }
  });

  it('truncated captures name the incomplete entry and its catalog', () => {
    const a = parse('en-af-unix-truncated.txt').decodeIssues;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ id: 'W2D1210', catalog: 'Protocol32', key: null });
    expect(a[0].message).toMatch(/^W2D1210: .*entry at line 50: it has 11 field line/);
    const b = parse('en-truncated-lavasoft-layered.txt').decodeIssues;
    expect(b[0]).toMatchObject({ id: 'W2D1210', catalog: 'Protocol64' });
    const z = parse('zh-cn-sangfor-lsp-truncated.utf8bom.txt').decodeIssues;
    expect(z[0].message).toMatch(/^W2D1210: .*entry at line 20: it has 9 field line/);
  });

  it('the three encodings of the zh-CN capture read alike (GBK as mojibake descriptions-free fields)', () => {
    const utf8 = parse('zh-cn-win10-32bit.txt');
    expect(parse('zh-cn-win10-32bit.utf16.txt').protocolEntries).toEqual(utf8.protocolEntries);
    expect(parse('zh-cn-win10-32bit.gbk.txt').protocolEntries).toEqual(utf8.protocolEntries);
  });

  for (const g of GARBAGE) {
    it(`${g.file}: an error with an ID`, () => {
      expect(() => parse(g.file)).toThrow(new RegExp(`^${g.error}: `));
      const r = readNetshCatalog(readFixture(g.file), g.file);
      expect(r.catalogs).toBeNull();
      expect(r.error).toMatch(new RegExp(`^${g.error}: `));
    });
  }
});

describe('netsh reader: bitness', () => {
  it('no (32) anywhere: Protocol64 by default, Protocol32 when the caller says 32-bit Windows', () => {
    const d = parse('en-lavasoft-no32.txt');
    expect(d.protocolEntries.map((e) => e.catalog)).toEqual(['Protocol64', 'Protocol64']);
    expect(d.limitations.join(' ')).toContain('No row is marked (32)');
    const x = parse('en-lavasoft-no32.txt', 32);
    expect(x.protocolEntries.map((e) => e.catalog)).toEqual(['Protocol32', 'Protocol32']);
    expect(x.headers.map((h) => h.catalog)).toEqual(['Protocol32']);
    expect(parse('en-win7-internals-namespace.txt', 32).nameSpaceEntries[0].catalog).toBe('NameSpace32');
    expect(parse('en-lavasoft-no32.txt', 64).protocolEntries.map((e) => e.catalog)).toEqual(['Protocol64', 'Protocol64']);
  });

  it('with (32) rows present the caller cannot turn unmarked rows into 32-bit ones', () => {
    expect(parse('en-win10-astrill-lsp.txt', 32).protocolEntries.map((e) => e.catalog)).toEqual(ASTRILL.map((r) => r[0]));
  });

  it('rejects another bitness with W2D1203', () => {
    expect(() => parse('en-lavasoft-no32.txt', 16)).toThrow(/^W2D1203: /);
  });

  it('accepts a full-width (３２) marker and a name-space title marked (32)', () => {
    const t = readFixture('en-win10-hyperv32.crlf.txt').replace('Base Service Provider (32)', 'Base Service Provider\uFF0832\uFF09');
    expect(parseNetshCatalog(t, 't').protocolEntries.map((e) => e.catalog)).toEqual(['Protocol64', 'Protocol32']);
    const ns = readFixture('en-win7-internals-namespace.txt').replace('Name Space Provider Entry', 'Name Space Provider Entry (32)');
    expect(parseNetshCatalog(ns, 'ns').nameSpaceEntries[0].catalog).toBe('NameSpace32');
  });
});

describe('netsh reader: position and shape, never labels', () => {
  /** Replaces every label by a word of another script, keeps values. */
  function relabel(text: string, sep: string): string {
    return text
      .split('\n')
      .map((line, i) => {
        const at = line.indexOf(':');
        if (at < 0 || line.startsWith('#') || line.includes('>')) return line;
        return `Λέξη ${i}${sep}` + line.slice(at + 1);
      })
      .join('\n');
  }

  for (const c of CORPUS) {
    it(`${c.file}: same entries with Greek labels and ASCII or full-width separators`, () => {
      const base = parse(c.file);
      for (const sep of [':', '\uFF1A', ' :']) {
        const cat = parseNetshCatalog(relabel(readFixture(c.file), sep), c.file);
        expect(cat.protocolEntries).toEqual(base.protocolEntries);
        expect(cat.nameSpaceEntries).toEqual(base.nameSpaceEntries);
      }
    });
  }

  it('values may contain colons; tabs and any padding are fine', () => {
    const t = readFixture('en-win10-astrill-lsp.txt').replaceAll(':                         ', ':\t');
    expect(parseNetshCatalog(t, 't').protocolEntries).toEqual(parse('en-win10-astrill-lsp.txt').protocolEntries);
  });

  it('a UTF-16LE capture without BOM (NULs between characters) still reads', () => {
    const t = readFixture('en-win10-hyperv32.crlf.txt');
    const nul = t.split('').map((ch) => ch + '\u0000').join('');
    expect(parseNetshCatalog(nul, 'n').protocolEntries).toEqual(parse('en-win10-hyperv32.crlf.txt').protocolEntries);
  });
});

describe('netsh reader: damaged entries are skipped with an issue, never a crash', () => {
  const base = readFixture('en-win10-astrill-lsp.txt');

  it('a chain entry whose chain line is missing in the middle: W2D1213', () => {
    const t = base.replace('Protocol Chain: 1019 : 1002\n', '');
    const cat = parseNetshCatalog(t, 't');
    expect(cat.protocolEntries.map((e) => e.catalogEntryId)).toEqual([1005, 1013, 1019, 1004, 1012]);
    expect(cat.decodeIssues.map((i) => i.id)).toEqual(['W2D1213']);
  });

  it('a chain line with the wrong number of IDs: W2D1213', () => {
    const cat = parseNetshCatalog(base.replace('1019 : 1002', '1019 : 1002 : 1003'), 't');
    expect(cat.decodeIssues.map((i) => i.id)).toEqual(['W2D1213']);
  });

  it('a missing line: W2D1211 (unknown shape); a bad GUID or number: W2D1212', () => {
    const noLine = parseNetshCatalog(base.replace('Socket Type:                        0\n', ''), 't');
    expect(noLine.decodeIssues.map((i) => i.id)).toEqual(['W2D1211']);
    expect(noLine.protocolEntries).toHaveLength(5);
    const guid = parseNetshCatalog(base.replace('{E26DCE69-9F96-48B5-9BAC-557D554942DD}', '{E26DCE69-9F96-48B5-9BAC-557D554942D}'), 't');
    expect(guid.decodeIssues.map((i) => i.id)).toEqual(['W2D1212']);
    expect(guid.decodeIssues[0].message).toMatch(/field 3 at line \d+ .*a \{GUID\}/);
    const num = parseNetshCatalog(base.replace('0x20006', '20006h'), 't');
    expect(num.decodeIssues.map((i) => i.id)).toEqual(['W2D1212']);
  });

  it('a chain length outside 0..7 is kept as shown with W2D1214', () => {
    const t = base.replace('Protocol Chain Length:              2\nProtocol Chain: 1019 : 1002', 'Protocol Chain Length:              8\nProtocol Chain: 1 : 2 : 3 : 4 : 5 : 6 : 7 : 8');
    const cat = parseNetshCatalog(t, 't');
    expect(cat.decodeIssues.map((i) => i.id)).toEqual(['W2D1214']);
    expect(cat.protocolEntries[0]).toMatchObject({ chainLen: 8, entryType: 'Chain', chainEntries: [1, 2, 3, 4, 5, 6, 7, 8] });
  });

  it('negative protocol numbers (NetBIOS lanas) are numbers', () => {
    const t = base.replace('Protocol:                           1\nService Flags:                      0x20006', 'Protocol:                           -2147483648\nService Flags:                      0x20006');
    expect(parseNetshCatalog(t, 't').protocolEntries[2].protocol).toBe(-2147483648);
  });

  it('truncation at the end of a complete chain entry whose chain line is cut off: W2D1210', () => {
    const t = base.slice(0, base.indexOf('Protocol Chain: 1019'));
    const r = readNetshCatalog(t, 't');
    expect(r.catalogs).toBeNull();
    expect(r.error).toMatch(/^W2D1202: .*W2D1210/);
  });

  it('empty or blank text: W2D1200', () => {
    expect(() => parseNetshCatalog('', 'e')).toThrow(/^W2D1200: /);
    expect(() => parseNetshCatalog(' \r\n\t\n', 'e')).toThrow(/^W2D1200: /);
  });

  it('every code in the table is in the range and unique', () => {
    const ids = NETSH_CODES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^W2D12\d\d$/);
  });
});

describe('netsh reader: pasted forms', () => {
  it('a capture quoted line by line (`> `, `>> `) reads like the original', () => {
    const t = readFixture('en-win10-astrill-lsp.txt');
    const quoted = t.split('\n').map((l, i) => (i % 2 === 0 ? `> ${l}` : `>>${l}`)).join('\n');
    expect(parseNetshCatalog(quoted, 'q').protocolEntries).toEqual(parse('en-win10-astrill-lsp.txt').protocolEntries);
  });

  it('a BOM character, non-breaking and ideographic spaces around values are trimmed', () => {
    const t = '\uFEFF' + readFixture('en-win10-hyperv32.crlf.txt').replaceAll(':                         ', ':\u00A0\u3000 ');
    expect(parseNetshCatalog(t, 'w').protocolEntries).toEqual(parse('en-win10-hyperv32.crlf.txt').protocolEntries);
  });
});

describe('netsh reader: truncation at every character of every capture', () => {
  for (const c of CORPUS) {
    it(`${c.file}: each prefix decodes to a prefix of the full result, or to an error with an ID`, () => {
      const text = readFixture(c.file);
      const fullCat = parse(c.file);
      const full = fullCat.protocolEntries.map(row);
      const fullNs = fullCat.nameSpaceEntries;
      let lastAtLineEnd = 0;
      let errors = 0;
      for (let p = 0; p <= text.length; p++) {
        const r = readNetshCatalog(text.slice(0, p), 'cut');
        const atLineEnd = p === 0 || text[p - 1] === '\n';
        if (r.catalogs === null) {
          expect(r.error).toMatch(/^W2D120[012]: /);
          errors++;
          if (atLineEnd) expect(lastAtLineEnd).toBe(0);
          continue;
        }
        const got = r.catalogs.protocolEntries.map(row);
        const open = r.catalogs.decodeIssues.some((i) => i.id === 'W2D1215');
        expect(got.length).toBeLessThanOrEqual(full.length);
        for (let k = 0; k < got.length; k++) {
          if (open && k === got.length - 1 && r.catalogs.nameSpaceEntries.length === 0) {
            // The last value (the chain line) may be cut: everything else must be right.
            expect([...got[k].slice(0, 4), ...got[k].slice(5)]).toEqual([...full[k].slice(0, 4), ...full[k].slice(5)]);
          } else {
            expect(got[k]).toEqual(full[k]);
          }
        }
        const ns = r.catalogs.nameSpaceEntries;
        expect(ns.length).toBeLessThanOrEqual(fullNs.length);
        ns.forEach((e, k) => expect(open && k === ns.length - 1 ? { ...e, version: 0 } : e).toEqual(open && k === ns.length - 1 ? { ...fullNs[k], version: 0 } : fullNs[k]));
        const count = got.length + ns.length;
        if (atLineEnd) {
          expect(count).toBeGreaterThanOrEqual(lastAtLineEnd);
          lastAtLineEnd = count;
        }
      }
      expect(lastAtLineEnd).toBe(full.length + fullNs.length);
      expect(errors).toBeGreaterThan(0);
    });
  }

  it('a chain line cut by the end of the text is kept with W2D1215; with a final line break it is not', () => {
    const base = readFixture('en-win10-astrill-lsp.txt');
    const cut = base.slice(0, base.indexOf('Protocol Chain: 1019 : 1002') + 'Protocol Chain: 1019 : 10'.length);
    const c = parseNetshCatalog(cut, 'cut');
    expect(c.protocolEntries[0].chainEntries).toEqual([1019, 10]);
    expect(c.decodeIssues.map((i) => i.id)).toEqual(['W2D1215']);
    expect(parseNetshCatalog(cut + '2\r\n', 'whole').decodeIssues).toEqual([]);
  });
});
