/** Node has no ShouldProcess: the CLI shows a plan with --plan instead, so a change always goes ahead here. */
export function shouldProcess(target: string, action: string): boolean {
  return true;
}
