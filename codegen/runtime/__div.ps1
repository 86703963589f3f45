# JS a / b on numbers: IEEE double division (x/0 gives Infinity, -Infinity or NaN, never throws)
function script:__div {
    param($__a, $__b)
    return ([double]$__a / [double]$__b)
}
