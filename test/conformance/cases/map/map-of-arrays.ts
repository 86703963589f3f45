// Map values that are arrays (of 0, 1 and more elements) and objects; mutating them through get.
// Pitfall: storing a one-element array in a dictionary and reading it back must keep it an array.
interface Group {
  name: string;
  members: string[];
}
export function main(): { lists: number[][]; groups: Group[]; lens: number[] } {
  const m = new Map<string, number[]>();
  m.set('empty', []);
  m.set('one', [1]);
  m.set('many', [1, 2, 3]);
  const one = m.get('one');
  if (one !== undefined) {
    one.push(2);
  }
  const groups = new Map<string, Group>();
  for (const pair of [['ann', 'admins'], ['bob', 'users'], ['cy', 'admins']]) {
    const user = pair[0];
    const grp = pair[1];
    let g = groups.get(grp);
    if (g === undefined) {
      g = { name: grp, members: [] };
      groups.set(grp, g);
    }
    g.members.push(user);
  }
  const lists = Array.from(m.values());
  return { lists, groups: Array.from(groups.values()), lens: lists.map((l) => l.length) };
}
