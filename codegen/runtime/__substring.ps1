# JS s.substring(start, end): NaN -> 0, clamped to [0, length], arguments swapped when start > end
function script:__substring {
    param($__s, $__start, $__end)
    $__len = [double]$__s.Length
    if ($null -eq $__start) { $__f = 0.0 } else {
        $__f = [double]$__start
        if ([double]::IsNaN($__f)) { $__f = 0.0 } else { $__f = [System.Math]::Truncate($__f) }
    }
    if ($null -eq $__end) { $__t = $__len } else {
        $__t = [double]$__end
        if ([double]::IsNaN($__t)) { $__t = 0.0 } else { $__t = [System.Math]::Truncate($__t) }
    }
    $__f = [System.Math]::Min([System.Math]::Max($__f, 0.0), $__len)
    $__t = [System.Math]::Min([System.Math]::Max($__t, 0.0), $__len)
    if ($__f -gt $__t) { $__x = $__f; $__f = $__t; $__t = $__x }
    return $__s.Substring([int]$__f, [int]($__t - $__f))
}
