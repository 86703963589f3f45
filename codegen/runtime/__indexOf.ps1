# JS s.indexOf(search, from): ordinal search from the clamped position; '' is found at the position
# requires: __str
function script:__indexOf {
    param($__s, $__search, $__from)
    # Fast path: a non-empty string searched from a non-negative [int] position.
    if ($__search -is [string] -and $__search.Length -gt 0 -and $__from -is [int] -and $__from -ge 0) {
        if ($__from -ge $__s.Length) { return -1 }
        return $__s.IndexOf($__search, $__from, [System.StringComparison]::Ordinal)
    }
    if (-not ($__search -is [string])) { $__search = __str $__search }
    $__len = $__s.Length
    if ($null -eq $__from) { $__p = 0 } else {
        $__d = [double]$__from
        if ([double]::IsNaN($__d)) { $__d = 0.0 } else { $__d = [System.Math]::Truncate($__d) }
        $__p = [int][System.Math]::Min([System.Math]::Max($__d, 0.0), [double]$__len)
    }
    if ($__search.Length -eq 0) { return $__p }
    if ($__search.Length -gt $__len - $__p) { return -1 }
    return $__s.IndexOf($__search, $__p, [System.StringComparison]::Ordinal)
}
