# Host primitive readU32LE (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Returns [int] when the value fits int32, else [long] (never a negative number).
function script:host_readU32LE {
    param($bytes, $offset)
    # Fast path for the usual call (an [int] offset inside a byte[]); BitConverter reads the machine's
    # byte order, little-endian on every platform PowerShell runs on (checked, not assumed).
    if ($offset -is [int] -and $offset -ge 0 -and $offset -le $bytes.Length - 4 -and $bytes -is [byte[]] -and [System.BitConverter]::IsLittleEndian) {
        $u = [System.BitConverter]::ToUInt32($bytes, $offset)
        if ($u -le 2147483647) { return [int]$u }
        return [long]$u
    }
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
    if ($o -lt 0 -or $o + 4 -gt $bytes.Length) { throw "W2D9001: read of 4 bytes at offset $o is outside a buffer of $($bytes.Length) bytes" }
    $i = [int]$o
    $v = [long]$bytes[$i] -bor ([long]$bytes[$i + 1] -shl 8) -bor ([long]$bytes[$i + 2] -shl 16) -bor ([long]$bytes[$i + 3] -shl 24)
    if ($v -le 2147483647) { return [int]$v }
    return [long]$v
}
