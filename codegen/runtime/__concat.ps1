# JS a.concat(b): a new List[object] with the elements of a, then those of b (a non-array b is appended as one element)
function script:__concat {
    param($__a, $__b)
    $__r = [System.Collections.Generic.List[object]]::new()
    foreach ($__e in $__a) { $__r.Add($__e) }
    if (($__b -is [System.Collections.Generic.List[object]]) -or ($__b -is [object[]])) {
        foreach ($__e in $__b) { $__r.Add($__e) }
    } else {
        $__r.Add($__b)
    }
    return , $__r
}
