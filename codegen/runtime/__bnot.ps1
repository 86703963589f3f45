# JS ~a: ToInt32 then bitwise complement, result an [int]
# requires: __toInt32
function script:__bnot {
    param($__a)
    if (-not ($__a -is [int])) { $__a = __toInt32 $__a }
    return [int](-bnot $__a)
}
