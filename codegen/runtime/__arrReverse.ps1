# JS arr.reverse(): reverses in place and returns the same list
function script:__arrReverse {
    param($__list)
    if ($__list -is [array]) { [System.Array]::Reverse($__list) } else { $__list.Reverse() }
    return , $__list
}
