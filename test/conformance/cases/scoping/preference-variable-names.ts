// Locals named like PowerShell preference and environment variables: ErrorActionPreference, ofs, IsWindows, ...
// Pitfall: assigning $ErrorActionPreference / $OFS changes PowerShell's behaviour; $IsWindows is constant in pwsh 7.
export function main(): string[] {
  const ErrorActionPreference = 'whatever';
  const VerbosePreference = 'loud';
  const ConfirmPreference = 'none';
  const WarningPreference = 'x';
  const OFS = '+';
  const isWindows = 'maybe';
  const IsLinux = 'perhaps';
  const PSVersionTable = 'v';
  const ExecutionContext = 'ctx';
  const MyInvocation = 'inv';
  const PSScriptRoot = 'root';
  const StackTrace = 'st';
  const ShellId = 'sid';
  const PSHOME = 'psh';
  const Profile = 'prof';
  const PSBoundParameters = 'bound';
  const nestedPromptLevel = 'n';
  const foreach = 'fe';
  const parts = [ErrorActionPreference, VerbosePreference, ConfirmPreference, WarningPreference, OFS, isWindows, IsLinux, PSVersionTable, ExecutionContext, MyInvocation, PSScriptRoot, StackTrace, ShellId, PSHOME, Profile, PSBoundParameters, nestedPromptLevel, foreach];
  const nums = [1, 2, 3];
  parts.push(nums.join(','));
  parts.push(`${nums.length}`);
  return parts;
}
