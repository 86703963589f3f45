# Host primitive writeU16LE (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Writes the low 16 bits; accepts -32768..65535 (negative values as two's complement).
function script:host_writeU16LE {
    param($bytes, $offset, $value)
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
    if ($null -ne $value) {
        $tc = [int][System.Type]::GetTypeCode($value.GetType())
        if ($tc -ge 5 -and $tc -le 15) {
            $d = [double]$value
            $ok = (-not [double]::IsNaN($d)) -and (-not [double]::IsInfinity($d)) -and ([Math]::Floor($d) -eq $d) -and ([Math]::Abs($d) -le 9007199254740991)
        }
    }
    if (-not $ok) { throw 'W2D9006: value must be an integer' }
    $v = [long]$d
    if ($v -lt -32768 -or $v -gt 65535) { throw "W2D9007: value $v is outside -32768..65535 for a 16-bit field" }
    if ($o -lt 0 -or $o + 2 -gt $bytes.Length) { throw "W2D9001: write of 2 bytes at offset $o is outside a buffer of $($bytes.Length) bytes" }
    if ($v -lt 0) { $v += 65536 }
    $i = [int]$o
    $bytes[$i] = [byte]($v -band 255)
    $bytes[$i + 1] = [byte](($v -shr 8) -band 255)
}
