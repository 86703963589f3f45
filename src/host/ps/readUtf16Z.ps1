# Host primitive readUtf16Z (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Code units are taken as they are: a lone surrogate stays a lone surrogate (no U+FFFD). An odd last byte
# of the field is ignored.
function script:host_readUtf16Z {
    param($bytes, $offset, $maxBytes)
    $ok = $false
    $d = 0.0
    if ($null -ne $offset) {
        $tc = [int][System.Type]::GetTypeCode($offset.GetType())
        if ($tc -ge 5 -and $tc -le 15) {
            $d = [double]$offset
            $ok = (-not [double]::IsNaN($d)) -and (-not [double]::IsInfinity($d)) -and ([Math]::Floor($d) -eq $d) -and ([Math]::Abs($d) -le 9007199254740991)
        }
    }
    if (-not $ok) { throw 'W2D9006: offset must be an integer' }
    $o = [long]$d
    $ok = $false
    $d = 0.0
    if ($null -ne $maxBytes) {
        $tc = [int][System.Type]::GetTypeCode($maxBytes.GetType())
        if ($tc -ge 5 -and $tc -le 15) {
            $d = [double]$maxBytes
            $ok = (-not [double]::IsNaN($d)) -and (-not [double]::IsInfinity($d)) -and ([Math]::Floor($d) -eq $d) -and ($d -ge 0) -and ($d -le 9007199254740991)
        }
    }
    if (-not $ok) { throw 'W2D9006: maxBytes must be a non-negative integer' }
    $m = [long]$d
    if ($o -lt 0 -or $o + $m -gt $bytes.Length) { throw "W2D9001: read of $m bytes at offset $o is outside a buffer of $($bytes.Length) bytes" }
    $i = [int]$o
    $units = [int][Math]::Floor($m / 2)
    # Fast path: .NET decodes the field in one call. It turns a lone surrogate into U+FFFD, so a result
    # holding U+FFFD (rare; it may also be real text) is read again unit by unit below.
    $text = [System.Text.Encoding]::Unicode.GetString($bytes, $i, 2 * $units)
    $nul = $text.IndexOf([char]0)
    if ($nul -ge 0) { $text = $text.Substring(0, $nul) }
    if ($text.IndexOf([char]0xFFFD) -lt 0) { return $text }
    $count = 0
    while ($count -lt $units -and ($bytes[$i + 2 * $count] -ne 0 -or $bytes[$i + 2 * $count + 1] -ne 0)) { $count++ }
    $chars = [char[]]::new($count)
    for ($k = 0; $k -lt $count; $k++) {
        $chars[$k] = [char]([int]$bytes[$i + 2 * $k] -bor ([int]$bytes[$i + 2 * $k + 1] -shl 8))
    }
    return [string]::new($chars)
}
