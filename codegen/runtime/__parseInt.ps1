# JS parseInt(s, radix): leading JS whitespace, sign, 0x prefix (radix 16 or undefined), digits up to the first invalid one; NaN when none
# requires: __str, __trimStart
function script:__parseInt {
    param($__s, $__radix)
    if (-not ($__s -is [string])) { $__s = __str $__s }
    $__s = __trimStart $__s
    $__sign = 1
    if ($__s.Length -gt 0 -and ([int]$__s[0] -eq 45 -or [int]$__s[0] -eq 43)) {
        if ([int]$__s[0] -eq 45) { $__sign = -1 }
        $__s = $__s.Substring(1)
    }
    $__r = 0
    if ($null -ne $__radix) {
        # ToInt32(radix), inline to keep __toNumber -> __parseInt free of a cycle
        $__rd = [double]$__radix
        if ([double]::IsNaN($__rd) -or [double]::IsInfinity($__rd)) { $__rd = 0.0 }
        $__rd = [System.Math]::Truncate($__rd) % 4294967296.0
        if ($__rd -lt 0) { $__rd = $__rd + 4294967296.0 }
        if ($__rd -ge 2147483648.0) { $__rd = $__rd - 4294967296.0 }
        $__r = [int]$__rd
    }
    $__strip = $true
    if ($__r -ne 0) {
        if ($__r -lt 2 -or $__r -gt 36) { return [double]::NaN }
        if ($__r -ne 16) { $__strip = $false }
    } else { $__r = 10 }
    if ($__strip -and $__s.Length -ge 2 -and [int]$__s[0] -eq 48 -and ([int]$__s[1] -eq 120 -or [int]$__s[1] -eq 88)) {
        $__s = $__s.Substring(2); $__r = 16
    }
    # collect the valid digits
    $__n = 0
    $__len = $__s.Length
    while ($__n -lt $__len) {
        $__c = [int]$__s[$__n]
        if ($__c -ge 48 -and $__c -le 57) { $__v = $__c - 48 }
        elseif ($__c -ge 97 -and $__c -le 122) { $__v = $__c - 87 }
        elseif ($__c -ge 65 -and $__c -le 90) { $__v = $__c - 55 }
        else { break }
        if ($__v -ge $__r) { break }
        $__n++
    }
    if ($__n -eq 0) { return [double]::NaN }
    $__z = $__s.Substring(0, $__n)
    $__val = 0.0
    if ($__r -eq 10) {
        try {
            $__val = [double]::Parse($__z, [System.Globalization.NumberStyles]::None, [System.Globalization.CultureInfo]::InvariantCulture)
        } catch {
            # .NET Framework throws on overflow where JS gives Infinity
            $__val = [double]::PositiveInfinity
        }
    } elseif ($__r -eq 2 -or $__r -eq 4 -or $__r -eq 8 -or $__r -eq 16 -or $__r -eq 32) {
        # exact binary value rounded to nearest, ties to even
        $__bpd = 1
        if ($__r -eq 4) { $__bpd = 2 } elseif ($__r -eq 8) { $__bpd = 3 } elseif ($__r -eq 16) { $__bpd = 4 } elseif ($__r -eq 32) { $__bpd = 5 }
        $__bits = [System.Text.StringBuilder]::new()
        for ($__i = 0; $__i -lt $__n; $__i++) {
            $__c = [int]$__z[$__i]
            if ($__c -le 57) { $__v = $__c - 48 } elseif ($__c -ge 97) { $__v = $__c - 87 } else { $__v = $__c - 55 }
            [void]$__bits.Append([System.Convert]::ToString($__v, 2).PadLeft($__bpd, [char]48))
        }
        $__b = $__bits.ToString().TrimStart([char]48)
        $__bl = $__b.Length
        if ($__bl -le 53) {
            for ($__i = 0; $__i -lt $__bl; $__i++) { $__val = $__val * 2.0 + ([int]$__b[$__i] - 48) }
        } else {
            $__m = 0.0
            for ($__i = 0; $__i -lt 53; $__i++) { $__m = $__m * 2.0 + ([int]$__b[$__i] - 48) }
            $__half = [int]$__b[53] -eq 49
            $__sticky = $__b.IndexOf([char]49, 54) -ge 0
            if ($__half -and ($__sticky -or (($__m % 2.0) -eq 1.0))) { $__m = $__m + 1.0 }
            $__e = $__bl - 53
            if ($__e -gt 1100) { $__val = [double]::PositiveInfinity }
            else { $__val = $__m * [System.Math]::Pow(2.0, $__e) }
        }
    } else {
        # V8's algorithm for other radices: 32-bit chunks of digits, value = value * multiplier + part
        $__i = 0
        $__done = $false
        while (-not $__done) {
            $__part = [long]0
            $__mul = [long]1
            while ($true) {
                $__c = [int]$__z[$__i]
                if ($__c -le 57) { $__v = $__c - 48 } elseif ($__c -ge 97) { $__v = $__c - 87 } else { $__v = $__c - 55 }
                $__mm = $__mul * $__r
                if ($__mm -gt 119304647) { break }
                $__part = $__part * $__r + $__v
                $__mul = $__mm
                $__i++
                if ($__i -ge $__n) { $__done = $true; break }
            }
            $__val = $__val * [double]$__mul + [double]$__part
        }
    }
    if ($__sign -lt 0) {
        if ($__val -eq 0) { return [System.BitConverter]::Int64BitsToDouble([long]::MinValue) }
        $__val = -$__val
    }
    if ($__val -ge -2147483648 -and $__val -le 2147483647) { return [int]$__val }
    return $__val
}
