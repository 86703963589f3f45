# JS arr.sort(cmp) in place, stable (merge sort); cmp $null sorts by String(x) in UTF-16 code-unit order; undefined last
# requires: __str
function script:__arrSort {
    param($__list, $__cmp)
    $__n = $__list.Count
    if ($__n -lt 2) { return , $__list }
    $__vals = [System.Collections.Generic.List[object]]::new($__n)
    $__undef = 0
    foreach ($__e in $__list) { if ($null -eq $__e) { $__undef++ } else { $__vals.Add($__e) } }
    $__m = $__vals.Count
    $__a = $__vals.ToArray()
    $__b = [object[]]::new($__m)
    $__keys = $null
    if ($null -eq $__cmp) {
        # sort indices by precomputed string keys
        $__keys = [string[]]::new($__m)
        for ($__i = 0; $__i -lt $__m; $__i++) {
            $__e = $__a[$__i]
            if ($__e -is [string]) { $__keys[$__i] = $__e } else { $__keys[$__i] = __str $__e }
            $__b[$__i] = $__i
        }
        $__a = $__b
        $__b = [object[]]::new($__m)
    }
    $__w = 1
    while ($__w -lt $__m) {
        for ($__lo = 0; $__lo -lt $__m; $__lo += 2 * $__w) {
            $__mid = [System.Math]::Min($__lo + $__w, $__m)
            $__hi = [System.Math]::Min($__lo + 2 * $__w, $__m)
            $__i = $__lo
            $__j = $__mid
            $__k = $__lo
            while ($__i -lt $__mid -and $__j -lt $__hi) {
                if ($null -eq $__keys) {
                    $__c = [double]$__cmp.InvokeReturnAsIs($__a[$__i], $__a[$__j])
                    $__takeRight = $__c -gt 0
                } else {
                    $__takeRight = [string]::CompareOrdinal($__keys[$__a[$__i]], $__keys[$__a[$__j]]) -gt 0
                }
                if ($__takeRight) { $__b[$__k] = $__a[$__j]; $__j++ } else { $__b[$__k] = $__a[$__i]; $__i++ }
                $__k++
            }
            while ($__i -lt $__mid) { $__b[$__k] = $__a[$__i]; $__i++; $__k++ }
            while ($__j -lt $__hi) { $__b[$__k] = $__a[$__j]; $__j++; $__k++ }
        }
        $__t = $__a; $__a = $__b; $__b = $__t
        $__w = $__w * 2
    }
    for ($__i = 0; $__i -lt $__m; $__i++) {
        if ($null -eq $__keys) { $__list[$__i] = $__a[$__i] } else { $__list[$__i] = $__vals[$__a[$__i]] }
    }
    for ($__i = $__m; $__i -lt $__n; $__i++) { $__list[$__i] = $null }
    return , $__list
}
