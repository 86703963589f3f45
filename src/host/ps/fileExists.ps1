# Host primitive fileExists (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# true for an existing file (not a directory). Off Windows, a path with backslashes that does not exist as
# given is tried once more with them turned into '/' (catalog paths under WINSOCK2DOCTOR_SYSTEMROOT).
function script:host_fileExists {
    param($path)
    $p = [string]$path
    if ($p.Length -eq 0) { return $false }
    $found = $false
    try {
        $full = $p
        if (-not [System.IO.Path]::IsPathRooted($full)) {
            $full = [System.IO.Path]::Combine((Get-Location -PSProvider FileSystem).ProviderPath, $full)
        }
        $found = [System.IO.File]::Exists($full)
        if (-not $found -and [System.Environment]::OSVersion.Platform -ne [System.PlatformID]::Win32NT -and $p.IndexOf([char]'\') -ge 0) {
            $full = $p.Replace([char]'\', [char]'/')
            if (-not [System.IO.Path]::IsPathRooted($full)) {
                $full = [System.IO.Path]::Combine((Get-Location -PSProvider FileSystem).ProviderPath, $full)
            }
            $found = [System.IO.File]::Exists($full)
        }
    } catch {
        $found = $false
    }
    return [bool]$found
}
