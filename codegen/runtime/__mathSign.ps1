# JS Math.sign(x): 1, -1, or x itself for 0, -0 and NaN
function script:__mathSign {
    param($__x)
    $__d = [double]$__x
    if ($__d -gt 0) { return 1 }
    if ($__d -lt 0) { return -1 }
    return $__x
}
