# JS arr.pop(): removes and returns the last element, undefined ($null) when empty
function script:__arrPop {
    param($__list)
    $__n = $__list.Count
    if ($__n -eq 0) { return $null }
    $__e = $__list[$__n - 1]
    $__list.RemoveAt($__n - 1)
    return , $__e
}
