# JS String(x): undefined, null, booleans, numbers, strings, arrays (joined by ','), objects and Maps
# requires: __numStr
function script:__str {
    param($__x)
    if ($null -eq $__x) { return 'undefined' }
    if ($__x -is [string]) { return $__x }
    if ($__x -is [System.DBNull]) { return 'null' }
    if ($__x -is [bool]) { if ($__x) { return 'true' } return 'false' }
    if ($__x -is [char]) { return [string]$__x }
    $__tc = [int][System.Type]::GetTypeCode($__x.GetType())
    if ($__tc -ge 5 -and $__tc -le 15) { return (__numStr $__x) }
    if ($__x -is [System.Collections.IDictionary]) { return '[object Map]' }
    if ($__x -is [System.Collections.IList]) {
        $__sb = [System.Text.StringBuilder]::new()
        $__first = $true
        foreach ($__e in $__x) {
            if (-not $__first) { [void]$__sb.Append(',') }
            $__first = $false
            if ($null -ne $__e -and -not ($__e -is [System.DBNull])) { [void]$__sb.Append((__str $__e)) }
        }
        return $__sb.ToString()
    }
    if ($__x -is [System.Management.Automation.PSCustomObject]) { return '[object Object]' }
    return [string]$__x
}
