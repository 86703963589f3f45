# JS string iteration (for-of, Array.from): a List of strings, one per code point (a surrogate pair stays together)
function script:__codePoints {
    param($__s)
    $__out = [System.Collections.Generic.List[object]]::new()
    $__n = $__s.Length
    for ($__i = 0; $__i -lt $__n; $__i++) {
        $__c = [int]$__s[$__i]
        if ($__c -ge 0xD800 -and $__c -le 0xDBFF -and $__i + 1 -lt $__n) {
            $__d = [int]$__s[$__i + 1]
            if ($__d -ge 0xDC00 -and $__d -le 0xDFFF) {
                $__out.Add($__s.Substring($__i, 2))
                $__i++
                continue
            }
        }
        $__out.Add([string]$__s[$__i])
    }
    return , $__out
}
