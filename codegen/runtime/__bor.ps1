# JS a | b: both operands ToInt32, result an [int]
# requires: __toInt32
function script:__bor {
    param($__a, $__b)
    if (-not ($__a -is [int])) { $__a = __toInt32 $__a }
    if (-not ($__b -is [int])) { $__b = __toInt32 $__b }
    return [int]($__a -bor $__b)
}
