# JS Number.isInteger(x): true for finite numbers without a fractional part, false for anything else
function script:__isInteger {
    param($__x)
    if ($null -eq $__x) { return $false }
    $__tc = [int][System.Type]::GetTypeCode($__x.GetType())
    if ($__tc -ge 5 -and $__tc -le 12) { return $true }
    if ($__tc -lt 13 -or $__tc -gt 15) { return $false }
    $__d = [double]$__x
    if ([double]::IsNaN($__d) -or [double]::IsInfinity($__d)) { return $false }
    return ([System.Math]::Floor($__d) -eq $__d)
}
