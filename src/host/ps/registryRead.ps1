# Host primitive registryRead (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# The key and every key under it from the live registry (HKEY_LOCAL_MACHINE, 64-bit view), depth first in
# the registry's own subkey order, values in the registry's order with their raw data: strings as UTF-16LE
# with the terminating NUL (REG_EXPAND_SZ not expanded), multi-strings NUL-separated with a final NUL,
# DWORD/QWORD little-endian. .NET reports types other than 1, 2, 3, 4, 7 and 11 as 0 (REG_NONE) with
# their bytes. No keys when the key does not exist. W2D9030 off Windows, W2D9031 when it cannot be read.
function script:host_registryRead {
    param($path)
    if ([System.Environment]::OSVersion.Platform -ne [System.PlatformID]::Win32NT) {
        throw 'W2D9030: there is no Windows registry on this system'
    }
    $p = [string]$path
    $slash = $p.IndexOf([char]'\')
    $rootName = $p
    $sub = ''
    if ($slash -ge 0) { $rootName = $p.Substring(0, $slash); $sub = $p.Substring($slash + 1) }
    if ($rootName -ne 'HKEY_LOCAL_MACHINE' -and $rootName -ne 'HKLM') {
        throw "W2D9031: cannot read registry key '$p': only HKEY_LOCAL_MACHINE keys are read"
    }
    $keys = [System.Collections.Generic.List[object]]::new()
    $base = $null
    $failed = $false
    try {
        $base = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
        $stack = [System.Collections.Generic.Stack[object]]::new()
        $stack.Push(@('HKEY_LOCAL_MACHINE\' + $sub, $sub))
        while ($stack.Count -gt 0) {
            $item = $stack.Pop()
            $key = $base.OpenSubKey([string]$item[1], $false)
            if ($null -eq $key) { continue }
            $values = [System.Collections.Generic.List[object]]::new()
            foreach ($name in $key.GetValueNames()) {
                $kind = [int]$key.GetValueKind($name)
                $v = $key.GetValue($name, $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
                $data = $null
                switch ($kind) {
                    1 { $data = [System.Text.Encoding]::Unicode.GetBytes([string]$v + [char]0) }
                    2 { $data = [System.Text.Encoding]::Unicode.GetBytes([string]$v + [char]0) }
                    4 { $data = [System.BitConverter]::GetBytes([int]$v) }
                    11 { $data = [System.BitConverter]::GetBytes([long]$v) }
                    7 {
                        $text = [System.Text.StringBuilder]::new()
                        foreach ($s in [string[]]$v) { [void]$text.Append($s); [void]$text.Append([char]0) }
                        [void]$text.Append([char]0)
                        $data = [System.Text.Encoding]::Unicode.GetBytes($text.ToString())
                    }
                    default {
                        if ($kind -lt 0) { $kind = 0 }
                        $data = [byte[]]$v
                        if ($null -eq $data) { $data = [byte[]]@() }
                    }
                }
                $values.Add([pscustomobject]@{ name = [string]$name; type = $kind; data = [byte[]]$data })
            }
            $keys.Add([pscustomobject]@{ path = [string]$item[0]; values = $values })
            $children = $key.GetSubKeyNames()
            $key.Dispose()
            for ($i = $children.Length - 1; $i -ge 0; $i--) {
                $stack.Push(@(([string]$item[0] + '\' + $children[$i]), ([string]$item[1] + '\' + $children[$i])))
            }
        }
    } catch {
        $failed = $true
    } finally {
        if ($null -ne $base) { $base.Dispose() }
    }
    if ($failed) { throw "W2D9031: cannot read registry key '$p'" }
    return [pscustomobject]@{ keys = $keys }
}
