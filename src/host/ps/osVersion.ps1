# Host primitive osVersion (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Windows: major.minor.build from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion (the real version, as
# RtlGetVersion and Node's os.release() report it; [Environment]::OSVersion can be shimmed), falling back
# to [Environment]::OSVersion. Elsewhere: the kernel release (uname -r).
function script:host_osVersion {
    param()
    if ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT) {
        $result = $null
        try {
            $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
            $key = $base.OpenSubKey('SOFTWARE\Microsoft\Windows NT\CurrentVersion')
            if ($null -ne $key) {
                $major = $key.GetValue('CurrentMajorVersionNumber')
                $minor = $key.GetValue('CurrentMinorVersionNumber')
                $build = $key.GetValue('CurrentBuildNumber')
                if ($null -ne $major -and $null -ne $minor -and $null -ne $build) {
                    $result = [string]$major + '.' + [string]$minor + '.' + [string]$build
                } elseif ($null -ne $build -and $null -ne $key.GetValue('CurrentVersion')) {
                    $result = [string]$key.GetValue('CurrentVersion') + '.' + [string]$build
                }
                $key.Close()
            }
            $base.Close()
        } catch {
            $result = $null
        }
        if ($null -eq $result) {
            $v = [System.Environment]::OSVersion.Version
            $result = [string]$v.Major + '.' + [string]$v.Minor + '.' + [string]$v.Build
        }
        return $result
    }
    $release = $null
    try {
        if ([System.IO.File]::Exists('/proc/sys/kernel/osrelease')) {
            $release = [System.IO.File]::ReadAllText('/proc/sys/kernel/osrelease').Trim()
        }
    } catch {
        $release = $null
    }
    if ($null -eq $release -or $release.Length -eq 0) {
        $release = [string](& uname -r 2>$null)
        $release = $release.Trim()
    }
    return $release
}
