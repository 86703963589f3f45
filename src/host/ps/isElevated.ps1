# Host primitive isElevated (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Windows: the token holds the Administrators group enabled (elevated); elsewhere: the effective user is root.
function script:host_isElevated {
    param()
    if ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT) {
        $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
        $principal = New-Object System.Security.Principal.WindowsPrincipal -ArgumentList $identity
        return [bool]$principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
    }
    $uid = $null
    try {
        if ([System.IO.File]::Exists('/proc/self/status')) {
            foreach ($line in [System.IO.File]::ReadAllLines('/proc/self/status')) {
                if ($line.StartsWith('Uid:', [System.StringComparison]::Ordinal)) {
                    $fields = $line.Substring(4).Split([char[]]@([char]9, [char]32), [System.StringSplitOptions]::RemoveEmptyEntries)
                    if ($fields.Length -ge 2) { $uid = $fields[1] }
                }
            }
        }
    } catch {
        $uid = $null
    }
    if ($null -eq $uid) { $uid = ([string](& id -u 2>$null)).Trim() }
    return [string]::Equals($uid, '0', [System.StringComparison]::Ordinal)
}
