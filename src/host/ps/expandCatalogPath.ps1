# Host primitive expandCatalogPath (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# %NAME% references expand as ExpandEnvironmentStrings scans them (unknown names stay as written; values are
# not expanded again). Names match ignoring ASCII case: the exact name first, else the ordinally smallest
# name equal to it ignoring ASCII case. Off Windows, SystemRoot and windir, when not set, stand for
# $env:WINSOCK2DOCTOR_SYSTEMROOT (when that is set). For bitness 32, a system32 folder directly under the
# Windows directory (the value of SystemRoot or windir, or the literal %SystemRoot% / %windir%) becomes
# SysWOW64; separators may be '\' or '/'.
function script:host_expandCatalogPath {
    param($path, $bitness)
    $fold = {
        param($s)
        $c = ([string]$s).ToCharArray()
        for ($k = 0; $k -lt $c.Length; $k++) {
            $v = [int]$c[$k]
            if ($v -ge 65 -and $v -le 90) { $c[$k] = [char]($v + 32) }
        }
        return [string]::new($c)
    }
    $lookup = {
        param($name)
        if ($name.Length -eq 0) { return $null }
        $exact = [System.Environment]::GetEnvironmentVariable($name)
        if ($null -ne $exact) { return $exact }
        $folded = & $fold $name
        $best = $null
        foreach ($key in [System.Environment]::GetEnvironmentVariables().Keys) {
            $key = [string]$key
            if ($key.Length -ne $name.Length) { continue }
            if (-not [string]::Equals((& $fold $key), $folded, [System.StringComparison]::Ordinal)) { continue }
            if ($null -eq $best -or [string]::CompareOrdinal($key, $best) -lt 0) { $best = $key }
        }
        if ($null -ne $best) { return [System.Environment]::GetEnvironmentVariable($best) }
        $isRoot = [string]::Equals($folded, 'systemroot', [System.StringComparison]::Ordinal) -or [string]::Equals($folded, 'windir', [System.StringComparison]::Ordinal)
        if ($isRoot -and [System.Environment]::OSVersion.Platform -ne [System.PlatformID]::Win32NT) {
            return [System.Environment]::GetEnvironmentVariable('WINSOCK2DOCTOR_SYSTEMROOT')
        }
        return $null
    }

    $path = [string]$path
    $sb = [System.Text.StringBuilder]::new()
    $last = 0
    while ($last -lt $path.Length) {
        $pos = $path.IndexOf([char]'%', $last + 1)
        if ($pos -lt 0) { break }
        if ($path[$last] -eq [char]'%') {
            $value = & $lookup ($path.Substring($last + 1, $pos - $last - 1))
            if ($null -ne $value) {
                [void]$sb.Append([string]$value)
                $last = $pos + 1
                continue
            }
        }
        [void]$sb.Append($path, $last, $pos - $last)
        $last = $pos
    }
    [void]$sb.Append($path, $last, $path.Length - $last)
    $expanded = $sb.ToString()
    if ($bitness -ne 32) { return $expanded }

    $dirs = [System.Collections.Generic.List[string]]::new()
    foreach ($name in @('SystemRoot', 'windir')) {
        $value = [string](& $lookup $name)
        if ($value.Length -gt 0) {
            $end = $value.Length
            while ($end -gt 1 -and ($value[$end - 1] -eq [char]'\' -or $value[$end - 1] -eq [char]'/')) { $end-- }
            $dirs.Add($value.Substring(0, $end))
        }
    }
    $dirs.Add('%SystemRoot%')
    $dirs.Add('%windir%')
    $foldedPath = & $fold $expanded
    foreach ($dir in $dirs) {
        $n = $dir.Length
        if ($expanded.Length -lt $n + 10) { continue }
        if (-not [string]::Equals($foldedPath.Substring(0, $n), (& $fold $dir), [System.StringComparison]::Ordinal)) { continue }
        $sep1 = $expanded[$n]
        $sep2 = $expanded[$n + 9]
        if (($sep1 -ne [char]'\' -and $sep1 -ne [char]'/') -or ($sep2 -ne [char]'\' -and $sep2 -ne [char]'/')) { continue }
        if (-not [string]::Equals($foldedPath.Substring($n + 1, 8), 'system32', [System.StringComparison]::Ordinal)) { continue }
        return $expanded.Substring(0, $n + 1) + 'SysWOW64' + $expanded.Substring($n + 9)
    }
    return $expanded
}
