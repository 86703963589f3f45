# JS Object.keys(o) of a [pscustomobject]: a List[object] of its property names in order (including undefined-valued ones)
function __objectKeys {
    param($__o)
    $__r = [System.Collections.Generic.List[object]]::new()
    foreach ($__p in $__o.PSObject.Properties) { $__r.Add($__p.Name) }
    return , $__r
}
