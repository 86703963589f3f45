# Host primitive registryWrite (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# One write to the live registry (HKEY_LOCAL_MACHINE, 64-bit view) with Microsoft.Win32.RegistryKey:
# createKey (CreateSubKey), deleteKeyTree (DeleteSubKeyTree, nothing to do when absent), setValue (the data
# converted back from raw bytes to the value kind; the key must exist), deleteValue (nothing to do when
# absent). W2D9030 off Windows; W2D9032 when the write fails or the bytes do not fit the type.
function script:host_registryWrite {
    param($action, $path, $name, $type, $data)
    if ([System.Environment]::OSVersion.Platform -ne [System.PlatformID]::Win32NT) {
        throw 'W2D9030: there is no Windows registry on this system'
    }
    $p = [string]$path
    $what = [string]$action + ' ' + $p
    if ([string]$name -ne '') { $what = $what + " '" + [string]$name + "'" }
    $slash = $p.IndexOf([char]'\')
    if ($slash -lt 0 -or ($p.Substring(0, $slash) -ne 'HKEY_LOCAL_MACHINE' -and $p.Substring(0, $slash) -ne 'HKLM')) {
        throw "W2D9032: cannot write the registry: $what (only HKEY_LOCAL_MACHINE keys are written)"
    }
    $sub = $p.Substring($slash + 1)
    $base = $null
    $key = $null
    $failure = $null
    try {
        $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
        switch ([string]$action) {
            'createKey' { $key = $base.CreateSubKey($sub) }
            'deleteKeyTree' { $base.DeleteSubKeyTree($sub, $false) }
            'deleteValue' {
                $key = $base.OpenSubKey($sub, $true)
                if ($null -ne $key) { $key.DeleteValue([string]$name, $false) }
            }
            'setValue' {
                $key = $base.OpenSubKey($sub, $true)
                if ($null -eq $key) { throw 'the key does not exist' }
                $bytes = [byte[]]$data
                $t = [int]$type
                $text = $null
                if ($t -eq 1 -or $t -eq 2 -or $t -eq 7) {
                    if (($bytes.Length % 2) -ne 0) { throw 'string data of odd length' }
                    $text = [System.Text.Encoding]::Unicode.GetString($bytes)
                }
                switch ($t) {
                    1 { $key.SetValue([string]$name, $text.TrimEnd([char]0), [Microsoft.Win32.RegistryValueKind]::String) }
                    2 { $key.SetValue([string]$name, $text.TrimEnd([char]0), [Microsoft.Win32.RegistryValueKind]::ExpandString) }
                    3 { $key.SetValue([string]$name, $bytes, [Microsoft.Win32.RegistryValueKind]::Binary) }
                    4 {
                        if ($bytes.Length -ne 4) { throw 'a DWORD needs 4 bytes' }
                        $key.SetValue([string]$name, [System.BitConverter]::ToInt32($bytes, 0), [Microsoft.Win32.RegistryValueKind]::DWord)
                    }
                    7 {
                        $parts = $text.TrimEnd([char]0).Split([char]0)
                        if ($text.TrimEnd([char]0).Length -eq 0) { $parts = [string[]]@() }
                        $key.SetValue([string]$name, [string[]]$parts, [Microsoft.Win32.RegistryValueKind]::MultiString)
                    }
                    11 {
                        if ($bytes.Length -ne 8) { throw 'a QWORD needs 8 bytes' }
                        $key.SetValue([string]$name, [System.BitConverter]::ToInt64($bytes, 0), [Microsoft.Win32.RegistryValueKind]::QWord)
                    }
                    0 { $key.SetValue([string]$name, $bytes, [Microsoft.Win32.RegistryValueKind]::None) }
                    default { throw "value type $t cannot be written through Microsoft.Win32.RegistryKey" }
                }
            }
            default { throw 'unknown action' }
        }
    } catch {
        $failure = [string]$_.Exception.Message
    } finally {
        if ($null -ne $key) { $key.Dispose() }
        if ($null -ne $base) { $base.Dispose() }
    }
    if ($null -ne $failure) { throw "W2D9032: cannot write the registry: $what ($failure)" }
}
