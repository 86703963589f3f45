# Host primitive bytesAlloc (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
function script:host_bytesAlloc {
    param($length)
    $ok = $false
    $d = 0.0
    if ($null -ne $length) {
        $tc = [int][System.Type]::GetTypeCode($length.GetType())
        if ($tc -ge 5 -and $tc -le 15) {
            $d = [double]$length
            $ok = (-not [double]::IsNaN($d)) -and (-not [double]::IsInfinity($d)) -and ([Math]::Floor($d) -eq $d) -and ($d -ge 0) -and ($d -le 9007199254740991)
        }
    }
    if (-not $ok) { throw 'W2D9006: length must be a non-negative integer' }
    $bytes = [byte[]]::new([long]$d)
    return ,$bytes
}
