# JS arr.every(fn): false as soon as fn(element, index) is false
function script:__arrEvery {
    param($__list, $__fn)
    $__len = $__list.Count
    for ($__i = 0; $__i -lt $__len -and $__i -lt $__list.Count; $__i++) {
        $__v = $__fn.InvokeReturnAsIs($__list[$__i], $__i)
        if (-not $__v) { return $false }
    }
    return $true
}
