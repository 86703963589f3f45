# Host primitive computerName (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# On Windows %COMPUTERNAME% (else [Environment]::MachineName); elsewhere the host name up to its first '.'.
function script:host_computerName {
    param()
    if ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT) {
        $name = [System.Environment]::GetEnvironmentVariable('COMPUTERNAME')
        if ($null -ne $name -and $name.Length -gt 0) { return $name }
    }
    $name = [System.Environment]::MachineName
    $dot = $name.IndexOf([char]'.')
    if ($dot -gt 0) { $name = $name.Substring(0, $dot) }
    return $name
}
