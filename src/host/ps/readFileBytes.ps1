# Host primitive readFileBytes (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# A relative path is taken relative to PowerShell's current file-system location (as Node takes it
# relative to its working directory), not the process directory .NET would use.
function script:host_readFileBytes {
    param($path)
    $data = $null
    try {
        $full = [string]$path
        if (-not [System.IO.Path]::IsPathRooted($full)) {
            $full = [System.IO.Path]::Combine((Get-Location -PSProvider FileSystem).ProviderPath, $full)
        }
        $data = [System.IO.File]::ReadAllBytes($full)
    } catch {
        $data = $null
    }
    if ($null -eq $data) { throw "W2D9010: cannot read file '$path'" }
    return ,$data
}
