# JSON.stringify(x) without indentation, exactly as Node prints it (top-level undefined gives 'null')
# requires: __numStr
function script:__toJson {
    param($__x)
    # Iterative (no recursion, no per-value function call): a stack of (kind, item) pairs where
    # kind 0 = a value to write, 1 = literal text, 2 = a property name (quoted, then ':').
    $__inv = [System.Globalization.CultureInfo]::InvariantCulture
    $__pat = '["\\\x00-\x1f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]'
    $__sb = [System.Text.StringBuilder]::new()
    $__kinds = [System.Collections.Generic.Stack[int]]::new()
    $__items = [System.Collections.Generic.Stack[object]]::new()
    $__kinds.Push(0)
    $__items.Push($__x)
    while ($__kinds.Count -gt 0) {
        $__k = $__kinds.Pop()
        $__v = $__items.Pop()
        if ($__k -eq 1) { [void]$__sb.Append([string]$__v); continue }
        if ($null -eq $__v) { [void]$__sb.Append('null'); continue }
        if ($__k -eq 0 -and -not ($__v -is [string])) {
            if ($__v -is [int] -or $__v -is [long]) {
                if ($__v -le 9007199254740992 -and $__v -ge -9007199254740992) { [void]$__sb.Append($__v.ToString($__inv)) }
                else { [void]$__sb.Append((__numStr $__v)) }
                continue
            }
            if ($__v -is [double]) {
                if ([double]::IsNaN($__v) -or [double]::IsInfinity($__v)) { [void]$__sb.Append('null') }
                elseif ([System.Math]::Floor($__v) -eq $__v -and [System.Math]::Abs($__v) -le 9007199254740992) { [void]$__sb.Append(([long]$__v).ToString($__inv)) }
                else { [void]$__sb.Append((__numStr $__v)) }
                continue
            }
            if ($__v -is [bool]) { if ($__v) { [void]$__sb.Append('true') } else { [void]$__sb.Append('false') }; continue }
            if ($__v -is [System.DBNull]) { [void]$__sb.Append('null'); continue }
            if ($__v -is [char]) { $__v = [string]$__v }
            else {
                $__tc = [int][System.Type]::GetTypeCode($__v.GetType())
                if ($__tc -ge 5 -and $__tc -le 15) {
                    if (($__tc -eq 13) -and ([double]::IsNaN($__v) -or [double]::IsInfinity($__v))) { [void]$__sb.Append('null') }
                    else { [void]$__sb.Append((__numStr $__v)) }
                    continue
                }
                if ($__v -is [byte[]]) {
                    [void]$__sb.Append('{')
                    for ($__i = 0; $__i -lt $__v.Length; $__i++) {
                        if ($__i -gt 0) { [void]$__sb.Append(',') }
                        [void]$__sb.Append('"').Append($__i.ToString($__inv)).Append('":').Append(([int]$__v[$__i]).ToString($__inv))
                    }
                    [void]$__sb.Append('}')
                    continue
                }
                if ($__v -is [System.Collections.IDictionary]) { [void]$__sb.Append('{}'); continue }
                if ($__v -is [System.Collections.IList]) {
                    $__n = $__v.Count
                    if ($__n -eq 0) { [void]$__sb.Append('[]'); continue }
                    [void]$__sb.Append('[')
                    $__kinds.Push(1); $__items.Push(']')
                    for ($__i = $__n - 1; $__i -ge 0; $__i--) {
                        $__kinds.Push(0); $__items.Push($__v[$__i])
                        if ($__i -gt 0) { $__kinds.Push(1); $__items.Push(',') }
                    }
                    continue
                }
                if ($__v -is [System.Management.Automation.PSCustomObject]) {
                    $__props = [System.Collections.Generic.List[object]]::new()
                    foreach ($__p in $__v.PSObject.Properties) { if ($null -ne $__p.Value) { $__props.Add($__p) } }
                    [void]$__sb.Append('{')
                    $__kinds.Push(1); $__items.Push('}')
                    for ($__i = $__props.Count - 1; $__i -ge 0; $__i--) {
                        $__kinds.Push(0); $__items.Push($__props[$__i].Value)
                        $__kinds.Push(2); $__items.Push($__props[$__i].Name)
                        if ($__i -gt 0) { $__kinds.Push(1); $__items.Push(',') }
                    }
                    continue
                }
                $__v = [string]$__v
            }
        }
        # a string value or a property name: quote and escape like JSON.stringify
        $__s = [string]$__v
        [void]$__sb.Append('"')
        if (-not [System.Text.RegularExpressions.Regex]::IsMatch($__s, $__pat)) {
            [void]$__sb.Append($__s)
        } else {
            $__last = 0
            foreach ($__m in [System.Text.RegularExpressions.Regex]::Matches($__s, $__pat)) {
                $__i = $__m.Index
                if ($__i -gt $__last) { [void]$__sb.Append($__s, $__last, $__i - $__last) }
                $__c = [int]$__s[$__i]
                if ($__c -eq 34) { [void]$__sb.Append('\"') }
                elseif ($__c -eq 92) { [void]$__sb.Append('\\') }
                elseif ($__c -eq 8) { [void]$__sb.Append('\b') }
                elseif ($__c -eq 12) { [void]$__sb.Append('\f') }
                elseif ($__c -eq 10) { [void]$__sb.Append('\n') }
                elseif ($__c -eq 13) { [void]$__sb.Append('\r') }
                elseif ($__c -eq 9) { [void]$__sb.Append('\t') }
                else { [void]$__sb.Append('\u').Append($__c.ToString('x4', $__inv)) }
                $__last = $__i + 1
            }
            if ($__last -lt $__s.Length) { [void]$__sb.Append($__s, $__last, $__s.Length - $__last) }
        }
        if ($__k -eq 2) { [void]$__sb.Append('":') } else { [void]$__sb.Append('"') }
    }
    return $__sb.ToString()
}
