# JS s.charCodeAt(i): the UTF-16 code unit as [int] (position truncated toward zero), NaN when out of range
function script:__charCodeAt {
    param($__s, $__i)
    if ($__i -is [int]) { $__d = [double]$__i }
    elseif ($null -eq $__i) { $__d = 0.0 }
    else {
        $__d = [double]$__i
        if ([double]::IsNaN($__d)) { $__d = 0.0 } else { $__d = [System.Math]::Truncate($__d) }
    }
    if ($__d -ge 0 -and $__d -lt $__s.Length) { return [int]$__s[[int]$__d] }
    return [double]::NaN
}
