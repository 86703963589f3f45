# JS Number(x): numbers unchanged; strings trimmed ('' -> 0, 0x/0o/0b, Infinity, decimal literals, else NaN); booleans 1/0; undefined NaN; null 0
# requires: __parseInt, __str, __trim
function script:__toNumber {
    param($__x)
    if ($null -eq $__x) { return [double]::NaN }
    if ($__x -is [System.DBNull]) { return 0 }
    if ($__x -is [bool]) { if ($__x) { return 1 } return 0 }
    if ($__x -is [char]) { $__x = [string]$__x }
    if (-not ($__x -is [string])) {
        $__tc = [int][System.Type]::GetTypeCode($__x.GetType())
        if ($__tc -ge 5 -and $__tc -le 15) { return $__x }
        if ($__x -is [System.Collections.IList]) { $__x = __str $__x } else { return [double]::NaN }
    }
    $__t = __trim $__x
    if ($__t.Length -eq 0) { return 0 }
    if ([System.Text.RegularExpressions.Regex]::IsMatch($__t, '^0[xX][0-9a-fA-F]+$')) { return [double](__parseInt $__t.Substring(2) 16) }
    if ([System.Text.RegularExpressions.Regex]::IsMatch($__t, '^0[oO][0-7]+$')) { return [double](__parseInt $__t.Substring(2) 8) }
    if ([System.Text.RegularExpressions.Regex]::IsMatch($__t, '^0[bB][01]+$')) { return [double](__parseInt $__t.Substring(2) 2) }
    if ([string]::Equals($__t, 'Infinity') -or [string]::Equals($__t, '+Infinity')) { return [double]::PositiveInfinity }
    if ([string]::Equals($__t, '-Infinity')) { return [double]::NegativeInfinity }
    if (-not [System.Text.RegularExpressions.Regex]::IsMatch($__t, '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$')) { return [double]::NaN }
    try {
        $__d = [double]::Parse($__t, [System.Globalization.NumberStyles]::Float, [System.Globalization.CultureInfo]::InvariantCulture)
    } catch {
        # .NET Framework throws on overflow where JS gives Infinity
        if ([int]$__t[0] -eq 45) { return [double]::NegativeInfinity }
        return [double]::PositiveInfinity
    }
    if ($__d -eq 0 -and [int]$__t[0] -eq 45) { return [System.BitConverter]::Int64BitsToDouble([long]::MinValue) }
    return $__d
}
