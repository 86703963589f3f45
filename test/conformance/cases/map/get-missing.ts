// get of a missing key returns undefined (tested with ===, ?? and == null); values that are falsy stay distinct.
// Pitfall: a stored 0, '' or false must not look missing; a missing key must not throw.
export function main(): (string | number | boolean)[] {
  const m = new Map<string, number | string | boolean>();
  m.set('zero', 0);
  m.set('empty', '');
  m.set('no', false);
  return [
    m.get('missing') === undefined, m.get('zero') === undefined, m.get('empty') === undefined, m.get('no') === undefined,
    m.get('zero') ?? 'dflt', m.get('empty') ?? 'dflt', m.get('no') ?? 'dflt', m.get('missing') ?? 'dflt', m.get('missing') == null,
  ];
}
