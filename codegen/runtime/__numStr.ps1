# JS Number.prototype.toString() in base 10 (shortest round-trip digits, JS exponent format) for any .NET numeric value
function script:__numStr {
    param($__n)
    $__inv = [System.Globalization.CultureInfo]::InvariantCulture
    $__tc = [int][System.Type]::GetTypeCode($__n.GetType())
    if ($__tc -ge 5 -and $__tc -le 11) {
        $__l = [long]$__n
        if ($__l -le 9007199254740992 -and $__l -ge -9007199254740992) { return $__l.ToString($__inv) }
    }
    if ($__tc -eq 12) {
        $__ul = [uint64]$__n
        if ($__ul -le 9007199254740992) { return $__ul.ToString($__inv) }
    }
    $__d = [double]$__n
    if ([double]::IsNaN($__d)) { return 'NaN' }
    if ([double]::IsPositiveInfinity($__d)) { return 'Infinity' }
    if ([double]::IsNegativeInfinity($__d)) { return '-Infinity' }
    if ($__d -eq 0) { return '0' }
    if ([System.Math]::Floor($__d) -eq $__d -and [System.Math]::Abs($__d) -le 9007199254740992) {
        return ([long]$__d).ToString($__inv)
    }
    $__neg = $__d -lt 0
    $__a = [System.Math]::Abs($__d)
    $__style = [System.Globalization.NumberStyles]::Float
    # 17 significant digits, correctly rounded: d.ddddddddddddddddE+xxx
    $__e17 = $__a.ToString('E16', $__inv)
    $__ePos = $__e17.IndexOf('E')
    $__digits = $__e17.Substring(0, 1) + $__e17.Substring(2, $__ePos - 2)
    $__exp = [int]::Parse($__e17.Substring($__ePos + 1), [System.Globalization.NumberStyles]::AllowLeadingSign, $__inv)
    $__resD = $null
    $__resE = 0
    # The shortest k-digit candidates are the two k-digit decimals around the 17-digit value. For normal
    # doubles only k = 15 and 16 can be shorter than 17 (at most one 15-digit decimal round-trips, and it
    # also covers every shorter form); subnormals have less precision, so every k is tried.
    if ($__a -lt 2.2250738585072014E-308) { $__ks = 1..16 } else { $__ks = 15, 16 }
    foreach ($__k in $__ks) {
        $__lo = $__digits.Substring(0, $__k)
        $__chars = $__lo.ToCharArray()
        $__j = $__k - 1
        while ($__j -ge 0 -and [int]$__chars[$__j] -eq 57) { $__chars[$__j] = [char]48; $__j-- }
        $__hiE = $__exp
        if ($__j -lt 0) {
            $__hi = '1' + [string]::new([char]48, $__k - 1)
            $__hiE = $__exp + 1
        } else {
            $__chars[$__j] = [char]([int]$__chars[$__j] + 1)
            $__hi = [string]::new($__chars)
        }
        $__loOk = [double]::Parse($__lo.Substring(0, 1) + '.' + $__lo.Substring(1) + 'E' + $__exp.ToString($__inv), $__style, $__inv) -eq $__a
        $__hiOk = [double]::Parse($__hi.Substring(0, 1) + '.' + $__hi.Substring(1) + 'E' + $__hiE.ToString($__inv), $__style, $__inv) -eq $__a
        if ($__loOk -and $__hiOk) {
            # both round-trip: take the closer one (ties to even)
            $__d17 = [int]$__digits[$__k] - 48
            $__cmp = 0
            if ($__d17 -eq 5 -and $__digits.Substring($__k + 1).TrimEnd([char]48).Length -gt 0) { $__d17 = 6 }
            if ($__d17 -eq 5) {
                # exact comparison of the double with the 17-digit decimal (the midpoint)
                $__bits = [System.BitConverter]::DoubleToInt64Bits($__a)
                $__be = [int](($__bits -shr 52) -band 2047)
                $__m = $__bits -band 4503599627370495
                if ($__be -eq 0) { $__be2 = -1074 } else { $__m = $__m -bor 4503599627370496; $__be2 = $__be - 1075 }
                $__lhs = [System.Numerics.BigInteger]$__m
                $__rhs = [System.Numerics.BigInteger]::Parse($__digits, $__inv)
                $__two = [System.Numerics.BigInteger]2
                $__ten = [System.Numerics.BigInteger]10
                if ($__be2 -ge 0) { $__lhs = [System.Numerics.BigInteger]::Multiply($__lhs, [System.Numerics.BigInteger]::Pow($__two, $__be2)) }
                else { $__rhs = [System.Numerics.BigInteger]::Multiply($__rhs, [System.Numerics.BigInteger]::Pow($__two, -$__be2)) }
                $__q = $__exp - 16
                if ($__q -ge 0) { $__rhs = [System.Numerics.BigInteger]::Multiply($__rhs, [System.Numerics.BigInteger]::Pow($__ten, $__q)) }
                else { $__lhs = [System.Numerics.BigInteger]::Multiply($__lhs, [System.Numerics.BigInteger]::Pow($__ten, -$__q)) }
                $__cmp = [System.Numerics.BigInteger]::Compare($__lhs, $__rhs)
            } elseif ($__d17 -gt 5) { $__cmp = 1 } elseif ($__d17 -lt 5) { $__cmp = -1 }
            if ($__cmp -eq 0) {
                if ((([int]$__lo[$__k - 1]) % 2) -eq 0) { $__cmp = -1 } else { $__cmp = 1 }
            }
            if ($__cmp -lt 0) { $__resD = $__lo; $__resE = $__exp } else { $__resD = $__hi; $__resE = $__hiE }
        } elseif ($__loOk) {
            $__resD = $__lo; $__resE = $__exp
        } elseif ($__hiOk) {
            $__resD = $__hi; $__resE = $__hiE
        }
        if ($null -ne $__resD) { break }
    }
    if ($null -eq $__resD) { $__resD = $__digits; $__resE = $__exp }
    $__s = $__resD.TrimEnd([char]48)
    $__k = $__s.Length
    $__n10 = $__resE + 1
    if ($__k -le $__n10 -and $__n10 -le 21) {
        $__r = $__s + [string]::new([char]48, $__n10 - $__k)
    } elseif ($__n10 -gt 0 -and $__n10 -le 21) {
        $__r = $__s.Substring(0, $__n10) + '.' + $__s.Substring($__n10)
    } elseif ($__n10 -gt -6 -and $__n10 -le 0) {
        $__r = '0.' + [string]::new([char]48, -$__n10) + $__s
    } else {
        $__e = $__n10 - 1
        if ($__e -lt 0) { $__es = 'e-' + (-$__e).ToString($__inv) } else { $__es = 'e+' + $__e.ToString($__inv) }
        if ($__k -eq 1) { $__r = $__s + $__es } else { $__r = $__s.Substring(0, 1) + '.' + $__s.Substring(1) + $__es }
    }
    if ($__neg) { return '-' + $__r }
    return $__r
}
