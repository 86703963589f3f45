// Properties named like keywords and automatic variables: foreach, switch, null, true, if, function, input, args, _, PSItem, this-like self.
// Pitfall: $o.foreach / $o.where are intrinsic methods in PowerShell; $o.null / $o.true need quoting.
interface K {
  foreach: number;
  switch: string;
  null: boolean;
  true: number;
  if: string;
  function: string;
  input: string;
  args: number[];
  _: number;
  PSItem: string;
  where: string;
  self: string;
}
export function main(): { obj: K; read: (number | string | boolean)[] } {
  const obj: K = { foreach: 1, switch: 's', null: true, true: 0, if: 'i', function: 'f', input: 'in', args: [1], _: 2, PSItem: 'p', where: 'w', self: 'me' };
  obj.foreach += 1;
  obj.switch = obj.switch + '!';
  const read = [obj.foreach, obj.switch, obj.null, obj.true, obj.if, obj.function, obj.input, obj.args.length, obj._, obj.PSItem, obj.where, obj.self];
  return { obj, read };
}
