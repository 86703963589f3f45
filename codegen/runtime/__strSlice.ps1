# JS s.slice(start, end): negative positions count from the end, clamped; end $null (undefined) means the length
function script:__strSlice {
    param($__s, $__start, $__end)
    $__len = $__s.Length
    # Fast path: non-negative [int] positions (the usual case: indexes and lengths).
    if ($__start -is [int] -and $__start -ge 0) {
        if ($null -eq $__end) {
            if ($__start -ge $__len) { return '' }
            return $__s.Substring($__start)
        }
        if ($__end -is [int] -and $__end -ge 0) {
            $__t = $__end
            if ($__t -gt $__len) { $__t = $__len }
            if ($__start -ge $__t) { return '' }
            return $__s.Substring($__start, $__t - $__start)
        }
    }
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
