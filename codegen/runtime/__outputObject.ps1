# A core object as cmdlet output: a new [pscustomobject] with PascalCase property names (undefined ones kept as $null) and the type name first
function script:__outputObject {
    param($__o, $__typeName)
    $__out = [ordered]@{}
    foreach ($__p in $__o.psobject.Properties) {
        $__n = $__p.Name
        $__out[$__n.Substring(0, 1).ToUpperInvariant() + $__n.Substring(1)] = $__p.Value
    }
    $__r = [pscustomobject]$__out
    $__r.PSObject.TypeNames.Insert(0, $__typeName)
    return $__r
}
