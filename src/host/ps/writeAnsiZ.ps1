# Host primitive writeAnsiZ (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Windows-1252 from an explicit table: U+0000..U+007F and U+00A0..U+00FF as themselves, the 0x80..0x9F
# table (incl. the five undefined C1 controls U+0081, U+008D, U+008F, U+0090, U+009D to their own byte),
# anything else to '?' (one '?' per code point: a surrogate pair or a lone surrogate gives one '?').
function script:host_writeAnsiZ {
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
    if (-not [regex]::IsMatch($text, '[^\u0000-\u007F\u00A0-\u00FF]')) {
        $encoded = [System.Text.Encoding]::GetEncoding(28591).GetBytes($text)
        $n = $encoded.Length
    } else {
        $high = @(0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178)
        $encoded = [byte[]]::new($text.Length)
        $n = 0
        for ($i = 0; $i -lt $text.Length; $i++) {
            $c = [int]$text[$i]
            if ($c -lt 0x80 -or ($c -ge 0xA0 -and $c -le 0xFF)) { $encoded[$n] = [byte]$c; $n++; continue }
            $k = [System.Array]::IndexOf($high, $c)
            if ($k -ge 0) { $encoded[$n] = [byte](0x80 + $k); $n++; continue }
            if ($c -ge 0xD800 -and $c -le 0xDBFF -and $i + 1 -lt $text.Length) {
                $c2 = [int]$text[$i + 1]
                if ($c2 -ge 0xDC00 -and $c2 -le 0xDFFF) { $i++ }
            }
            $encoded[$n] = [byte]0x3F
            $n++
        }
    }
    if ($n + 1 -gt $m) { throw "W2D9003: text needs $($n + 1) bytes with its NUL terminator but the field holds $m" }
    if ($o -lt 0 -or $o + $m -gt $bytes.Length) { throw "W2D9001: write of $m bytes at offset $o is outside a buffer of $($bytes.Length) bytes" }
    if ($n -gt 0) { [System.Array]::Copy($encoded, 0, $bytes, [int]$o, $n) }
    [System.Array]::Clear($bytes, [int]$o + $n, [int]$m - $n)
}
