# JS arr.forEach(fn): calls fn(element, index) for each index below the length at the start; returns undefined
function script:__arrForEach {
    param($__list, $__fn)
    $__len = $__list.Count
    for ($__i = 0; $__i -lt $__len -and $__i -lt $__list.Count; $__i++) {
        $null = $__fn.InvokeReturnAsIs($__list[$__i], $__i)
    }
}
