# Host primitive bytesConcat (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
function script:host_bytesConcat {
    param($parts)
    $total = 0
    foreach ($part in $parts) { $total += $part.Length }
    $out = [byte[]]::new($total)
    $at = 0
    foreach ($part in $parts) {
        if ($part.Length -gt 0) { [System.Array]::Copy($part, 0, $out, $at, $part.Length) }
        $at += $part.Length
    }
    return ,$out
}
