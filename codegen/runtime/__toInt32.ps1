# ECMAScript ToInt32: truncate toward zero, wrap modulo 2^32 into [-2^31, 2^31), NaN and Infinity give 0
# requires: __toNumber
function script:__toInt32 {
    param($__x)
    if ($__x -is [int]) { return $__x }
    if ($null -eq $__x) { return 0 }
    $__tc = [int][System.Type]::GetTypeCode($__x.GetType())
    if ($__tc -ge 5 -and $__tc -le 11) {
        $__l = ([long]$__x) -band 4294967295
        if ($__l -ge 2147483648) { $__l = $__l - 4294967296 }
        return [int]$__l
    }
    if ($__tc -lt 5 -or $__tc -gt 15) { $__x = __toNumber $__x }
    $__d = [double]$__x
    if ([double]::IsNaN($__d) -or [double]::IsInfinity($__d)) { return 0 }
    $__d = [System.Math]::Truncate($__d) % 4294967296.0
    if ($__d -lt 0) { $__d = $__d + 4294967296.0 }
    if ($__d -ge 2147483648.0) { $__d = $__d - 4294967296.0 }
    return [int]$__d
}
