# JS arr.join(sep): sep undefined -> ','; null/undefined elements -> ''; other elements through String(x)
# requires: __str
function script:__join {
    param($__list, $__sep)
    if ($null -eq $__sep) { $__sep = ',' } elseif (-not ($__sep -is [string])) { $__sep = __str $__sep }
    $__sb = [System.Text.StringBuilder]::new()
    $__first = $true
    foreach ($__e in $__list) {
        if ($__first) { $__first = $false } else { [void]$__sb.Append($__sep) }
        if ($null -eq $__e -or $__e -is [System.DBNull]) { continue }
        if ($__e -is [string]) { [void]$__sb.Append($__e) } else { [void]$__sb.Append((__str $__e)) }
    }
    return $__sb.ToString()
}
