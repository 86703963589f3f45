# JS arr.slice(start, end) into a new List[object]: negative positions count from the end, clamped; end $null means the length
function script:__slice {
    param($__list, $__start, $__end)
    $__len = $__list.Count
    if ($null -eq $__start) { $__f = 0.0 } else {
        $__f = [double]$__start
        if ([double]::IsNaN($__f)) { $__f = 0.0 } else { $__f = [System.Math]::Truncate($__f) }
    }
    if ($__f -lt 0) { $__f = [System.Math]::Max($__len + $__f, 0.0) } else { $__f = [System.Math]::Min($__f, [double]$__len) }
    if ($null -eq $__end) { $__t = [double]$__len } else {
        $__t = [double]$__end
        if ([double]::IsNaN($__t)) { $__t = 0.0 } else { $__t = [System.Math]::Truncate($__t) }
        if ($__t -lt 0) { $__t = [System.Math]::Max($__len + $__t, 0.0) } else { $__t = [System.Math]::Min($__t, [double]$__len) }
    }
    $__r = [System.Collections.Generic.List[object]]::new()
    $__from = [int]$__f
    $__to = [int]$__t
    for ($__i = $__from; $__i -lt $__to; $__i++) { $__r.Add($__list[$__i]) }
    return , $__r
}
