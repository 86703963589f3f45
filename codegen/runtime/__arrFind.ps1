# JS arr.find(fn): the first element for which fn(element, index) is true, else undefined ($null)
function script:__arrFind {
    param($__list, $__fn)
    $__len = $__list.Count
    for ($__i = 0; $__i -lt $__len; $__i++) {
        $__e = $null
        if ($__i -lt $__list.Count) { $__e = $__list[$__i] }
        $__v = $__fn.InvokeReturnAsIs($__e, $__i)
        if ($__v) { return , $__e }
    }
    return $null
}
