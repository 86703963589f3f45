# JS s.split(sep, limit) with a string separator into a List[object] ('' sep splits into code units; undefined sep gives [s])
# requires: __toUint32
function script:__split {
    param($__s, $__sep, $__limit)
    $__r = [System.Collections.Generic.List[object]]::new()
    $__lim = [long]4294967295
    if ($null -ne $__limit) { $__lim = __toUint32 $__limit }
    if ($__lim -eq 0) { return , $__r }
    if ($null -eq $__sep) { $__r.Add($__s); return , $__r }
    $__sep = [string]$__sep
    $__len = $__s.Length
    if ($__sep.Length -eq 0) {
        for ($__i = 0; $__i -lt $__len -and $__r.Count -lt $__lim; $__i++) { $__r.Add($__s.Substring($__i, 1)) }
        return , $__r
    }
    if ($__len -eq 0) { $__r.Add(''); return , $__r }
    $__p = 0
    while ($true) {
        $__q = $__s.IndexOf($__sep, $__p, [System.StringComparison]::Ordinal)
        if ($__q -lt 0) { break }
        $__r.Add($__s.Substring($__p, $__q - $__p))
        if ($__r.Count -ge $__lim) { return , $__r }
        $__p = $__q + $__sep.Length
    }
    $__r.Add($__s.Substring($__p))
    return , $__r
}
