# Host primitive writeGuid (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Accepts {8-4-4-4-12} or 8-4-4-4-12 hex digits, any case (braces both or none); writes the Windows layout.
function script:host_writeGuid {
    param($bytes, $offset, $guid)
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
    $h = '[0-9A-Fa-f]'
    $body = "($h{8})-($h{4})-($h{4})-($h{4})-($h{12})"
    $m = [regex]::Match([string]$guid, '\A(?:\{' + $body + '\}|' + $body + ')\z')
    if (-not $m.Success) { throw "W2D9002: '$guid' is not a GUID" }
    if ($o -lt 0 -or $o + 16 -gt $bytes.Length) { throw "W2D9001: write of 16 bytes at offset $o is outside a buffer of $($bytes.Length) bytes" }
    $first = 1
    if (-not $m.Groups[1].Success) { $first = 6 }
    $d1 = [System.Convert]::ToInt64($m.Groups[$first].Value, 16)
    $d2 = [System.Convert]::ToInt32($m.Groups[$first + 1].Value, 16)
    $d3 = [System.Convert]::ToInt32($m.Groups[$first + 2].Value, 16)
    $tail = $m.Groups[$first + 3].Value + $m.Groups[$first + 4].Value
    $i = [int]$o
    $bytes[$i] = [byte]($d1 -band 255)
    $bytes[$i + 1] = [byte](($d1 -shr 8) -band 255)
    $bytes[$i + 2] = [byte](($d1 -shr 16) -band 255)
    $bytes[$i + 3] = [byte](($d1 -shr 24) -band 255)
    $bytes[$i + 4] = [byte]($d2 -band 255)
    $bytes[$i + 5] = [byte](($d2 -shr 8) -band 255)
    $bytes[$i + 6] = [byte]($d3 -band 255)
    $bytes[$i + 7] = [byte](($d3 -shr 8) -band 255)
    for ($k = 0; $k -lt 8; $k++) { $bytes[$i + 8 + $k] = [System.Convert]::ToByte($tail.Substring($k * 2, 2), 16) }
}
