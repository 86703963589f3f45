// Chinese text through common operations: length, indexOf, split, join, replaceAll, padStart, comparison.
// Pitfall: output encoding and culture-aware comparison of CJK text.
export function main(): { parts: string[]; joined: string; idx: number; rep: string; padded: string; less: boolean; len: number } {
  const s = '网络协议，套接字，目录';
  const parts = s.split('，');
  return {
    parts,
    joined: parts.join('/'),
    idx: s.indexOf('套接字'),
    rep: s.replaceAll('目录', '编录'),
    padded: '中'.padStart(4, '*'),
    less: '一' < '二',
    len: s.length,
  };
}
