# JS s[i] read: a one-character string when i is an integer with 0 <= i < length, else undefined ($null)
function script:__strAt {
    param($__s, $__i)
    if ($__i -is [int]) {
        if ($__i -ge 0 -and $__i -lt $__s.Length) { return $__s.Substring($__i, 1) }
        return $null
    }
    if ($null -eq $__i -or $__i -is [string] -or $__i -is [bool] -or $__i -is [System.DBNull]) { return $null }
    $__d = [double]$__i
    if ($__d -ge 0 -and $__d -lt $__s.Length -and [System.Math]::Floor($__d) -eq $__d) { return $__s.Substring([int]$__d, 1) }
    return $null
}
