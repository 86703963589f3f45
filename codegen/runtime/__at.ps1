# JS arr[i] read: the element when i is an integer with 0 <= i < length, else undefined ($null); never indexes from the end
function script:__at {
    param($__list, $__i)
    if ($__i -is [int]) {
        if ($__i -ge 0 -and $__i -lt $__list.Count) { return , $__list[$__i] }
        return $null
    }
    if ($null -eq $__i -or $__i -is [string] -or $__i -is [bool] -or $__i -is [System.DBNull]) { return $null }
    $__d = [double]$__i
    if ($__d -ge 0 -and $__d -lt $__list.Count -and [System.Math]::Floor($__d) -eq $__d) { return , $__list[[int]$__d] }
    return $null
}
