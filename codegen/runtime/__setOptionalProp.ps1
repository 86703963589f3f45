# JS `o.p = v` for an optional property: an absent ($null) property is re-added at the end, as JS appends new keys
function script:__setOptionalProp {
    param($__o, $__name, $__value)
    $__p = $__o.psobject.Properties[$__name]
    if ($null -ne $__p -and $null -eq $__p.Value) {
        $__o.psobject.Properties.Remove($__name)
        $__p = $null
    }
    if ($null -eq $__p) {
        $__o.psobject.Properties.Add([System.Management.Automation.PSNoteProperty]::new($__name, $__value))
    } else {
        $__p.Value = $__value
    }
    return , $__value
}
