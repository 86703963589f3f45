# Host primitive ensureDirectory (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Creates the folder and its parents when missing (W2D9013 when it cannot, or when a file is in the way).
function script:host_ensureDirectory {
    param($path)
    $ok = $false
    try {
        $full = [string]$path
        if (-not [System.IO.Path]::IsPathRooted($full)) {
            $full = [System.IO.Path]::Combine((Get-Location -PSProvider FileSystem).ProviderPath, $full)
        }
        if (-not [System.IO.File]::Exists($full)) {
            [void][System.IO.Directory]::CreateDirectory($full)
            $ok = [System.IO.Directory]::Exists($full)
        }
    } catch {
        $ok = $false
    }
    if (-not $ok) { throw "W2D9013: cannot create folder '$path'" }
}
