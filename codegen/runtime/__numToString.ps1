# JS n.toString(radix): radix 10 or undefined like String(n); integers in radix 2..36 exactly as V8 (lower case)
# requires: __numStr
function script:__numToString {
    param($__n, $__radix)
    if ($null -eq $__radix) { return (__numStr $__n) }
    $__rd = [double]$__radix
    if ([double]::IsNaN($__rd)) { $__rd = 0.0 } else { $__rd = [System.Math]::Truncate($__rd) }
    if ($__rd -lt 2 -or $__rd -gt 36) { throw 'RangeError: toString() radix must be between 2 and 36' }
    $__r = [int]$__rd
    if ($__r -eq 10) { return (__numStr $__n) }
    $__d = [double]$__n
    if ([double]::IsNaN($__d)) { return 'NaN' }
    if ([double]::IsPositiveInfinity($__d)) { return 'Infinity' }
    if ([double]::IsNegativeInfinity($__d)) { return '-Infinity' }
    if ([System.Math]::Floor($__d) -ne $__d) { throw 'PSC runtime: fractional toString(radix) not supported' }
    if ($__d -eq 0) { return '0' }
    $__neg = $__d -lt 0
    $__int = [System.Math]::Abs($__d)
    $__chars = '0123456789abcdefghijklmnopqrstuvwxyz'
    $__buf = [System.Collections.Generic.List[char]]::new()
    # V8 DoubleToRadixCString: digits below the double's precision are written as '0'
    while (($__int / $__r) -ge 9007199254740992.0) {
        $__int = $__int / $__r
        $__buf.Add([char]48)
    }
    do {
        $__rem = $__int % $__r
        # after the divisions above the value may carry a fraction: the digit is truncated like C++ static_cast<int>
        $__buf.Add($__chars[[int][System.Math]::Floor($__rem)])
        $__int = ($__int - $__rem) / $__r
    } while ($__int -gt 0)
    if ($__neg) { $__buf.Add([char]45) }
    $__buf.Reverse()
    return [string]::new($__buf.ToArray())
}
