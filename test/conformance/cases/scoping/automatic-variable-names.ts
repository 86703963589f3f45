// Locals named like PowerShell automatic variables: input, args, matches, error, host, _, self, home, pid, True, PSItem, ofs, pwd, lastExitCode, event, sender.
// Pitfall: $input/$args/$_ are overwritten by PowerShell, $true/$pid/$home are read-only, $ofs changes joins.
export function main(): (number | string | boolean)[] {
  const input = 'in';
  const args = [1, 2];
  const matches = 3;
  let error = 'none';
  const host = 'h';
  const _ = 7;
  const self = 's';
  const home = 'H';
  const pid = 42;
  const True = false;
  const False = true;
  const Null = 'notnull';
  const PSItem = 9;
  const ofs = '-';
  const pwd = '/x';
  let lastExitCode = 1;
  const event = 'e';
  const sender = 'snd';
  error = error + '!';
  lastExitCode++;
  const total = args.length + matches + _ + pid + PSItem;
  return [input, args.length, matches, error, host, _, self, home, pid, True, False, Null, PSItem, ofs, pwd, lastExitCode, event, sender, total, [1, 2].join(',')];
}
