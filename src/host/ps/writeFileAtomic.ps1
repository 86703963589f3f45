# Host primitive writeFileAtomic (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# A uniquely named temporary file in the same folder (.<name>.<random>.w2d-tmp), written and flushed to
# disk, then renamed over the target (File.Replace when the target exists, File.Move otherwise). On
# failure the temporary file is removed and the target is untouched (W2D9011).
function script:host_writeFileAtomic {
    param($path, $bytes)
    $temp = $null
    $stream = $null
    $failed = $false
    try {
        $full = [string]$path
        if (-not [System.IO.Path]::IsPathRooted($full)) {
            $full = [System.IO.Path]::Combine((Get-Location -PSProvider FileSystem).ProviderPath, $full)
        }
        $full = [System.IO.Path]::GetFullPath($full)
        $name = [System.IO.Path]::GetFileName($full)
        $temp = [System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName($full), '.' + $name + '.' + [guid]::NewGuid().ToString('N').Substring(0, 16) + '.w2d-tmp')
        $stream = New-Object System.IO.FileStream -ArgumentList $temp, ([System.IO.FileMode]::CreateNew), ([System.IO.FileAccess]::Write), ([System.IO.FileShare]::None)
        $stream.Write([byte[]]$bytes, 0, $bytes.Length)
        $stream.Flush($true)
        $stream.Dispose()
        $stream = $null
        if ([System.IO.File]::Exists($full)) {
            [System.IO.File]::Replace($temp, $full, [NullString]::Value)
        } else {
            [System.IO.File]::Move($temp, $full)
        }
    } catch {
        $failed = $true
    }
    if ($failed) {
        if ($null -ne $stream) {
            try { $stream.Dispose() } catch { $stream = $null }
        }
        if ($null -ne $temp) {
            try { if ([System.IO.File]::Exists($temp)) { [System.IO.File]::Delete($temp) } } catch { $temp = $null }
        }
        throw "W2D9011: cannot write file '$path'"
    }
}
