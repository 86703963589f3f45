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
    # System.Guid's byte layout is the Windows one: Data1..Data3 little-endian, then 8 bytes as they are.
    $g = [byte[]]::new(16)
    [System.Array]::Copy($bytes, $i, $g, 0, 16)
    return [System.Guid]::new($g).ToString('B').ToUpperInvariant()
}
