# Appends JSON.stringify(x) to a StringBuilder (recursive worker of __toJson)
# requires: __jsonQuote, __numStr
function __jsonWrite {
    param($__sb, $__x)
    if ($null -eq $__x -or $__x -is [System.DBNull]) { [void]$__sb.Append('null'); return }
    if ($__x -is [string]) { __jsonQuote $__sb $__x; return }
    if ($__x -is [bool]) { if ($__x) { [void]$__sb.Append('true') } else { [void]$__sb.Append('false') }; return }
    if ($__x -is [char]) { __jsonQuote $__sb ([string]$__x); return }
    $__tc = [int][System.Type]::GetTypeCode($__x.GetType())
    if ($__tc -ge 5 -and $__tc -le 15) {
        if ($__tc -eq 13 -or $__tc -eq 14) {
            if ([double]::IsNaN($__x) -or [double]::IsInfinity($__x)) { [void]$__sb.Append('null'); return }
        }
        [void]$__sb.Append((__numStr $__x))
        return
    }
    if ($__x -is [byte[]]) {
        [void]$__sb.Append('{')
        for ($__i = 0; $__i -lt $__x.Length; $__i++) {
            if ($__i -gt 0) { [void]$__sb.Append(',') }
            [void]$__sb.Append('"').Append($__i).Append('":').Append([int]$__x[$__i])
        }
        [void]$__sb.Append('}')
        return
    }
    if ($__x -is [System.Collections.IDictionary]) { [void]$__sb.Append('{}'); return }
    if ($__x -is [System.Collections.IList]) {
        [void]$__sb.Append('[')
        $__first = $true
        foreach ($__e in $__x) {
            if ($__first) { $__first = $false } else { [void]$__sb.Append(',') }
            if ($null -eq $__e) { [void]$__sb.Append('null') }
            elseif ($__e -is [string]) { __jsonQuote $__sb $__e }
            else { __jsonWrite $__sb $__e }
        }
        [void]$__sb.Append(']')
        return
    }
    if ($__x -is [System.Management.Automation.PSCustomObject]) {
        [void]$__sb.Append('{')
        $__first = $true
        foreach ($__p in $__x.PSObject.Properties) {
            $__v = $__p.Value
            if ($null -eq $__v) { continue }
            if ($__first) { $__first = $false } else { [void]$__sb.Append(',') }
            __jsonQuote $__sb $__p.Name
            [void]$__sb.Append(':')
            if ($__v -is [string]) { __jsonQuote $__sb $__v } else { __jsonWrite $__sb $__v }
        }
        [void]$__sb.Append('}')
        return
    }
    __jsonQuote $__sb ([string]$__x)
}
