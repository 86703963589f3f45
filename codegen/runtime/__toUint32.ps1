# ECMAScript ToUint32: truncate toward zero, wrap modulo 2^32 into [0, 2^32) as [long], NaN and Infinity give 0
# requires: __toNumber
function script:__toUint32 {
    param($__x)
    if ($null -eq $__x) { return [long]0 }
    $__tc = [int][System.Type]::GetTypeCode($__x.GetType())
    if ($__tc -ge 5 -and $__tc -le 11) { return (([long]$__x) -band 4294967295) }
    if ($__tc -lt 5 -or $__tc -gt 15) { $__x = __toNumber $__x }
    $__d = [double]$__x
    if ([double]::IsNaN($__d) -or [double]::IsInfinity($__d)) { return [long]0 }
    $__d = [System.Math]::Truncate($__d) % 4294967296.0
    if ($__d -lt 0) { $__d = $__d + 4294967296.0 }
    return [long]$__d
}
