# JS a >>> b: ToUint32(a) logical right shift by ToUint32(b) & 31, result a [long] in [0, 2^32)
# requires: __toUint32
function script:__ushr {
    param($__a, $__b)
    $__u = __toUint32 $__a
    $__c = [int]((__toUint32 $__b) -band 31)
    return [long]($__u -shr $__c)
}
