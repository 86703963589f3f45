# JS a === b for every runtime type (numbers compared numerically, NaN unequal, strings ordinal, objects by reference)
function script:__strictEq {
    param($__a, $__b)
    if ($null -eq $__a) { return ($null -eq $__b) }
    if ($null -eq $__b) { return $false }
    if ($__a -is [char]) { $__a = [string]$__a }
    if ($__b -is [char]) { $__b = [string]$__b }
    if ($__a -is [string]) {
        if ($__b -is [string]) { return [string]::Equals($__a, $__b) }
        return $false
    }
    if ($__b -is [string]) { return $false }
    $__ta = [int][System.Type]::GetTypeCode($__a.GetType())
    $__tb = [int][System.Type]::GetTypeCode($__b.GetType())
    if ($__ta -ge 5 -and $__ta -le 15) {
        if ($__tb -ge 5 -and $__tb -le 15) {
            if ($__ta -le 12 -and $__tb -le 12) { return ($__a -eq $__b) }
            return ([double]$__a -eq [double]$__b)
        }
        return $false
    }
    if ($__ta -eq 3) {
        if ($__tb -eq 3) { return ($__a -eq $__b) }
        return $false
    }
    if ($__ta -eq 2) { return ($__tb -eq 2) }
    if ($__tb -eq 2 -or $__tb -eq 3 -or ($__tb -ge 5 -and $__tb -le 15)) { return $false }
    return [object]::ReferenceEquals($__a, $__b)
}
