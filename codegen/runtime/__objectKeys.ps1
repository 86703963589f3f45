# JS Object.keys(o) of a [pscustomobject]: a List[object] of the names of its present properties, in order ($null-valued properties stand for absent optional ones)
function script:__objectKeys {
    param($__o)
    $__r = [System.Collections.Generic.List[object]]::new()
    foreach ($__p in $__o.PSObject.Properties) {
        if ($null -ne $__p.Value) { $__r.Add($__p.Name) }
    }
    return , $__r
}
