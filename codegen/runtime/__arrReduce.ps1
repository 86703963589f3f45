# JS arr.reduce(fn, initial): acc = fn(acc, element, index) from left to right, starting at initial
function script:__arrReduce {
    param($__list, $__fn, $__initial)
    $__acc = $__initial
    $__len = $__list.Count
    for ($__i = 0; $__i -lt $__len -and $__i -lt $__list.Count; $__i++) {
        $__acc = $__fn.InvokeReturnAsIs($__acc, $__list[$__i], $__i)
    }
    # InvokeReturnAsIs wraps its result in a PSObject (harmless as the next call's argument, which the
    # binder unwraps); the value handed back is unwrapped the same way.
    return , [System.Runtime.CompilerServices.RuntimeHelpers]::GetObjectValue($__acc)
}
