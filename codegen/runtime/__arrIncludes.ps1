# JS arr.includes(x, from) with SameValueZero: like === except that NaN is found
# requires: __arrIndexOf
function script:__arrIncludes {
    param($__list, $__x, $__from)
    if ($__x -is [double] -or $__x -is [single]) {
        if ([double]::IsNaN($__x)) {
            $__len = $__list.Count
            $__p = 0
            if ($null -ne $__from) {
                $__d = [double]$__from
                if ([double]::IsNaN($__d)) { $__d = 0.0 } else { $__d = [System.Math]::Truncate($__d) }
                if ($__d -lt 0) { $__d = [System.Math]::Max($__len + $__d, 0.0) }
                if ($__d -ge $__len) { return $false }
                $__p = [int]$__d
            }
            for ($__i = $__p; $__i -lt $__len; $__i++) {
                $__e = $__list[$__i]
                if (($__e -is [double] -or $__e -is [single]) -and [double]::IsNaN($__e)) { return $true }
            }
            return $false
        }
    }
    return ((__arrIndexOf $__list $__x $__from) -ge 0)
}
