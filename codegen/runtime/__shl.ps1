# JS a << b: ToInt32(a) shifted left by ToUint32(b) & 31, wrapping to an [int]
# requires: __toInt32, __toUint32
function script:__shl {
    param($__a, $__b)
    if (-not ($__a -is [int])) { $__a = __toInt32 $__a }
    $__c = [int]((__toUint32 $__b) -band 31)
    $__r = ([long]$__a -shl $__c) -band 4294967295
    if ($__r -ge 2147483648) { $__r = $__r - 4294967296 }
    return [int]$__r
}
