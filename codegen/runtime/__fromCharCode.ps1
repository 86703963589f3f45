# JS String.fromCharCode(code): one UTF-16 code unit, code converted with ToUint16
# requires: __toUint32
function script:__fromCharCode {
    param($__code)
    $__u = (__toUint32 $__code) -band 65535
    return [string][char][int]$__u
}
