# JS arr.map(fn): a new List[object] of fn(element, index) results
function script:__arrMap {
    param($__list, $__fn)
    $__len = $__list.Count
    $__r = [System.Collections.Generic.List[object]]::new($__len)
    for ($__i = 0; $__i -lt $__len; $__i++) {
        if ($__i -ge $__list.Count) { $__r.Add($null); continue }
        $__r.Add($__fn.InvokeReturnAsIs($__list[$__i], $__i))
    }
    return , $__r
}
