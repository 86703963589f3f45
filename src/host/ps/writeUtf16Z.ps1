# Host primitive writeUtf16Z (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Code units are written as they are (a lone surrogate is kept, not replaced); NUL-terminated, zero-padded.
function script:host_writeUtf16Z {
    param($bytes, $offset, $maxBytes, $text)
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
    $text = [string]$text
    $need = ($text.Length + 1) * 2
    if ($need -gt $m) { throw "W2D9003: text needs $need bytes with its NUL terminator but the field holds $m" }
    if ($o -lt 0 -or $o + $m -gt $bytes.Length) { throw "W2D9001: write of $m bytes at offset $o is outside a buffer of $($bytes.Length) bytes" }
    $i = [int]$o
    for ($k = 0; $k -lt $text.Length; $k++) {
        $c = [int]$text[$k]
        $bytes[$i + 2 * $k] = [byte]($c -band 255)
        $bytes[$i + 2 * $k + 1] = [byte]($c -shr 8)
    }
    [System.Array]::Clear($bytes, $i + 2 * $text.Length, [int]$m - 2 * $text.Length)
}
