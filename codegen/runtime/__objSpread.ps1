# JS { ...a, k: v, ...b }: properties merged in order (a later one replaces the value but keeps the first position), integer-like keys first; $null (absent) properties of spread sources are skipped, literal ones replace; then the optional property names in the last list are added as $null when missing
function script:__objSpread {
    param($__parts, $__isLiteral, $__fill)
    $__merged = [System.Collections.Specialized.OrderedDictionary]::new([System.StringComparer]::OrdinalIgnoreCase)
    for ($__i = 0; $__i -lt $__parts.Count; $__i++) {
        foreach ($__p in $__parts[$__i].PSObject.Properties) {
            if ($null -eq $__p.Value -and -not $__isLiteral[$__i] -and -not $__merged.Contains($__p.Name)) { continue }
            if ($null -eq $__p.Value -and -not $__isLiteral[$__i]) { continue }
            $__merged[$__p.Name] = $__p.Value
        }
    }
    foreach ($__n in $__fill) {
        if (-not $__merged.Contains($__n)) { $__merged[$__n] = $null }
    }
    $__out = [ordered]@{}
    $__index = [System.Collections.Generic.List[object]]::new()
    foreach ($__k in $__merged.get_Keys()) {
        $__d = 0L
        if ($__k -match '^(0|[1-9][0-9]{0,9})$' -and [long]::TryParse($__k, [ref]$__d) -and $__d -lt 4294967295L) { $__index.Add($__d) }
    }
    $__index.Sort()
    foreach ($__d in $__index) { $__out[[string]$__d] = $__merged[[string]$__d] }
    foreach ($__k in $__merged.get_Keys()) {
        if (-not $__out.Contains($__k)) { $__out[$__k] = $__merged[$__k] }
    }
    return [pscustomobject]$__out
}
