# JS arr.some(fn): true as soon as fn(element, index) is true
function script:__arrSome {
    param($__list, $__fn)
    $__len = $__list.Count
    for ($__i = 0; $__i -lt $__len -and $__i -lt $__list.Count; $__i++) {
        $__v = $__fn.InvokeReturnAsIs($__list[$__i], $__i)
        if ($__v) { return $true }
    }
    return $false
}
