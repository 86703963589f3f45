# Host primitive readAnsiZ (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Windows-1252 from an explicit table (bytes 0x80..0x9F; the five undefined bytes 0x81, 0x8D, 0x8F, 0x90,
# 0x9D map to the C1 control of the same value); every other byte maps to the code point of its value.
# Latin-1 (code page 28591, built into every .NET) gives the identity part, the table fixes 0x80..0x9F.
function script:host_readAnsiZ {
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
    $count = [int]$m
    if ($count -gt 0) {
        $nul = [System.Array]::IndexOf($bytes, [byte]0, [int]$o, $count)
        if ($nul -ge 0) { $count = $nul - [int]$o }
    }
    $text = [System.Text.Encoding]::GetEncoding(28591).GetString($bytes, [int]$o, $count)
    $high = @(0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
              0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178)
    for ($k = 0; $k -lt 32; $k++) {
        $text = $text.Replace([char](0x80 + $k), [char]$high[$k])
    }
    return $text
}
