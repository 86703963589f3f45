# JS a >> b: ToInt32(a) arithmetic right shift by ToUint32(b) & 31, result an [int]
# requires: __toInt32, __toUint32
function script:__shr {
    param($__a, $__b)
    if (-not ($__a -is [int])) { $__a = __toInt32 $__a }
    $__c = [int]((__toUint32 $__b) -band 31)
    return [int]($__a -shr $__c)
}
