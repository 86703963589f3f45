# Host primitive readGuid (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Windows layout: Data1 (4 bytes), Data2 and Data3 (2 bytes each) little-endian, then 8 bytes as they are.
function script:host_readGuid {
    param($bytes, $offset)
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
    if ($o -lt 0 -or $o + 16 -gt $bytes.Length) { throw "W2D9001: read of 16 bytes at offset $o is outside a buffer of $($bytes.Length) bytes" }
    $i = [int]$o
    $d1 = [long]$bytes[$i] -bor ([long]$bytes[$i + 1] -shl 8) -bor ([long]$bytes[$i + 2] -shl 16) -bor ([long]$bytes[$i + 3] -shl 24)
    $d2 = [int]$bytes[$i + 4] -bor ([int]$bytes[$i + 5] -shl 8)
    $d3 = [int]$bytes[$i + 6] -bor ([int]$bytes[$i + 7] -shl 8)
    $sb = New-Object System.Text.StringBuilder 38
    [void]$sb.Append('{').Append($d1.ToString('X8')).Append('-').Append($d2.ToString('X4')).Append('-').Append($d3.ToString('X4')).Append('-')
    for ($k = 8; $k -lt 16; $k++) {
        if ($k -eq 10) { [void]$sb.Append('-') }
        [void]$sb.Append($bytes[$i + $k].ToString('X2'))
    }
    [void]$sb.Append('}')
    return $sb.ToString()
}
