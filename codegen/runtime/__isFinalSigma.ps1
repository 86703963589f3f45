# ECMAScript Final_Sigma: the capital sigma at index i follows a cased letter and no cased letter follows it (case-ignorable characters skipped on both sides)
# requires: __isCased, __isCaseIgnorable
function script:__isFinalSigma {
    param($__s, $__i)
    $__j = $__i - 1
    while ($__j -ge 0 -and (__isCaseIgnorable $__s[$__j])) { $__j-- }
    if ($__j -lt 0 -or -not (__isCased $__s[$__j])) { return $false }
    $__j = $__i + 1
    while ($__j -lt $__s.Length -and (__isCaseIgnorable $__s[$__j])) { $__j++ }
    if ($__j -lt $__s.Length -and (__isCased $__s[$__j])) { return $false }
    return $true
}
