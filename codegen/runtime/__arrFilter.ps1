# JS arr.filter(fn): a new List[object] of the elements for which fn(element, index) is true
function script:__arrFilter {
    param($__list, $__fn)
    $__len = $__list.Count
    $__r = [System.Collections.Generic.List[object]]::new()
    for ($__i = 0; $__i -lt $__len -and $__i -lt $__list.Count; $__i++) {
        $__e = $__list[$__i]
        $__v = $__fn.InvokeReturnAsIs($__e, $__i)
        if ($__v) { $__r.Add($__e) }
    }
    return , $__r
}
