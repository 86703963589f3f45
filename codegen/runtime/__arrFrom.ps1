# JS Array.from(x) into a new List[object]: arrays, Map (entries as [key, value]), key/value collections, strings by code point
function script:__arrFrom {
    param($__x)
    if ($null -eq $__x -or $__x -is [System.DBNull]) { throw 'TypeError: undefined or null is not iterable' }
    $__r = [System.Collections.Generic.List[object]]::new()
    if ($__x -is [string]) {
        $__len = $__x.Length
        $__i = 0
        while ($__i -lt $__len) {
            if ($__i + 1 -lt $__len -and [char]::IsHighSurrogate($__x[$__i]) -and [char]::IsLowSurrogate($__x[$__i + 1])) {
                $__r.Add($__x.Substring($__i, 2)); $__i += 2
            } else {
                $__r.Add($__x.Substring($__i, 1)); $__i++
            }
        }
        return , $__r
    }
    if ($__x -is [System.Collections.IDictionary]) {
        foreach ($__k in $__x.Keys) {
            $__pair = [System.Collections.Generic.List[object]]::new(2)
            $__pair.Add($__k)
            $__pair.Add($__x[$__k])
            $__r.Add($__pair)
        }
        return , $__r
    }
    if ($__x -is [System.Collections.IEnumerable]) {
        foreach ($__e in $__x) { $__r.Add($__e) }
        return , $__r
    }
    return , $__r
}
