# JS s.slice(start, end): negative positions count from the end, clamped; end $null (undefined) means the length
function script:__strSlice {
    param($__s, $__start, $__end)
    $__len = $__s.Length
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
    if ($__f -ge $__t) { return '' }
    return $__s.Substring([int]$__f, [int]($__t - $__f))
}
