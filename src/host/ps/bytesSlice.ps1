# Host primitive bytesSlice (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Uint8Array.prototype.slice semantics: negative indices count from the end, fractions truncate,
# NaN is 0, out-of-range values clamp; $null (undefined) start is 0, $null end is the length.
function script:host_bytesSlice {
    param($bytes, $start, $end)
    $len = $bytes.Length
    $from = 0
    if ($null -ne $start) {
        $s = [double]$start
        if ([double]::IsNaN($s)) { $s = 0.0 }
        $s = [Math]::Truncate($s)
        if ($s -lt 0) { $from = [int][Math]::Max($len + $s, 0.0) } else { $from = [int][Math]::Min($s, [double]$len) }
    }
    $to = $len
    if ($null -ne $end) {
        $e = [double]$end
        if ([double]::IsNaN($e)) { $e = 0.0 }
        $e = [Math]::Truncate($e)
        if ($e -lt 0) { $to = [int][Math]::Max($len + $e, 0.0) } else { $to = [int][Math]::Min($e, [double]$len) }
    }
    $count = $to - $from
    if ($count -lt 0) { $count = 0 }
    $out = [byte[]]::new($count)
    if ($count -gt 0) { [System.Array]::Copy($bytes, $from, $out, 0, $count) }
    return ,$out
}
