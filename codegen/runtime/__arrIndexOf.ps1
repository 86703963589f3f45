# JS arr.indexOf(x, from) with strict equality (===): first index or -1; NaN is never found
function script:__arrIndexOf {
    param($__list, $__x, $__from)
    $__len = $__list.Count
    $__p = 0
    if ($null -ne $__from) {
        $__d = [double]$__from
        if ([double]::IsNaN($__d)) { $__d = 0.0 } else { $__d = [System.Math]::Truncate($__d) }
        if ($__d -lt 0) { $__d = [System.Math]::Max($__len + $__d, 0.0) }
        if ($__d -ge $__len) { return -1 }
        $__p = [int]$__d
    }
    if ($null -eq $__x) {
        for ($__i = $__p; $__i -lt $__len; $__i++) { if ($null -eq $__list[$__i]) { return $__i } }
        return -1
    }
    if ($__x -is [char]) { $__x = [string]$__x }
    if ($__x -is [string]) {
        for ($__i = $__p; $__i -lt $__len; $__i++) {
            $__e = $__list[$__i]
            if ($__e -is [char]) { $__e = [string]$__e }
            if ($__e -is [string] -and [string]::Equals($__e, $__x)) { return $__i }
        }
        return -1
    }
    $__tx = [int][System.Type]::GetTypeCode($__x.GetType())
    if ($__tx -ge 5 -and $__tx -le 15) {
        $__dx = [double]$__x
        if ([double]::IsNaN($__dx)) { return -1 }
        for ($__i = $__p; $__i -lt $__len; $__i++) {
            $__e = $__list[$__i]
            if ($null -eq $__e) { continue }
            $__te = [int][System.Type]::GetTypeCode($__e.GetType())
            if ($__te -ge 5 -and $__te -le 15) {
                if ($__tx -le 12 -and $__te -le 12) { if ($__e -eq $__x) { return $__i } }
                elseif ([double]$__e -eq $__dx) { return $__i }
            }
        }
        return -1
    }
    if ($__tx -eq 3) {
        for ($__i = $__p; $__i -lt $__len; $__i++) {
            $__e = $__list[$__i]
            if ($__e -is [bool] -and $__e -eq $__x) { return $__i }
        }
        return -1
    }
    if ($__tx -eq 2) {
        for ($__i = $__p; $__i -lt $__len; $__i++) { if ($__list[$__i] -is [System.DBNull]) { return $__i } }
        return -1
    }
    for ($__i = $__p; $__i -lt $__len; $__i++) {
        if ([object]::ReferenceEquals($__list[$__i], $__x)) { return $__i }
    }
    return -1
}
