# JS a % b on numbers: truncated remainder with the sign of the dividend (x%0 is NaN, -0 kept, never throws)
function script:__mod {
    param($__a, $__b)
    if ($__a -is [int] -and $__b -is [int] -and $__b -ne 0 -and $__b -ne -1) {
        $__r = $__a % $__b
        if ($__r -eq 0 -and $__a -lt 0) { return [System.BitConverter]::Int64BitsToDouble([long]::MinValue) }
        return $__r
    }
    return ([double]$__a % [double]$__b)
}
