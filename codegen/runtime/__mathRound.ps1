# JS Math.round(x): nearest integer, halves toward +Infinity; -0 for -0.5 <= x < 0; NaN and Infinity unchanged
function script:__mathRound {
    param($__x)
    $__tc = [int][System.Type]::GetTypeCode($__x.GetType())
    if ($__tc -ge 5 -and $__tc -le 12) { return $__x }
    $__d = [double]$__x
    if ([double]::IsNaN($__d) -or [double]::IsInfinity($__d)) { return $__d }
    $__f = [System.Math]::Floor($__d)
    if ($__f -eq $__d) { return $__d }
    if ($__d -lt 0 -and $__d -ge -0.5) { return [System.BitConverter]::Int64BitsToDouble([long]::MinValue) }
    if ($__d - $__f -ge 0.5) { return ($__f + 1.0) }
    return $__f
}
