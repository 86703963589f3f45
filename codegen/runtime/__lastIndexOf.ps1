# JS s.lastIndexOf(search, from): ordinal, last match starting at or before the clamped position (undefined/NaN -> end)
# requires: __str
function script:__lastIndexOf {
    param($__s, $__search, $__from)
    if (-not ($__search -is [string])) { $__search = __str $__search }
    $__len = $__s.Length
    $__d = [double]::PositiveInfinity
    if ($null -ne $__from) {
        $__d = [double]$__from
        if ([double]::IsNaN($__d)) { $__d = [double]::PositiveInfinity } else { $__d = [System.Math]::Truncate($__d) }
    }
    $__start = [int][System.Math]::Min([System.Math]::Max($__d, 0.0), [double]$__len)
    $__sl = $__search.Length
    if ($__sl -eq 0) { return $__start }
    if ($__sl -gt $__len) { return -1 }
    $__k = [System.Math]::Min($__start, $__len - $__sl)
    return $__s.LastIndexOf($__search, $__k + $__sl - 1, $__k + $__sl, [System.StringComparison]::Ordinal)
}
