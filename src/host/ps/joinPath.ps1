# Host primitive joinPath (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# folder + separator + name ('\' on Windows, '/' elsewhere); no separator added after one already there.
function script:host_joinPath {
    param($folder, $name)
    $f = [string]$folder
    if ($f.Length -eq 0) { return [string]$name }
    if ($f.EndsWith('/') -or $f.EndsWith('\')) { return $f + [string]$name }
    $sep = '/'
    if ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT) { $sep = '\' }
    return $f + $sep + [string]$name
}
