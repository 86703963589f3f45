# JS arr.findIndex(fn): the first index for which fn(element, index) is true, else -1
function script:__arrFindIndex {
    param($__list, $__fn)
    $__len = $__list.Count
    for ($__i = 0; $__i -lt $__len; $__i++) {
        $__e = $null
        if ($__i -lt $__list.Count) { $__e = $__list[$__i] }
        $__v = $__fn.InvokeReturnAsIs($__e, $__i)
        if ($__v) { return $__i }
    }
    return -1
}
