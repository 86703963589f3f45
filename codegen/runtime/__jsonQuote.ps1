# Appends a string to a StringBuilder as a JSON string literal, escaped exactly like JSON.stringify
function __jsonQuote {
    param($__sb, $__s)
    $__pat = '["\\\x00-\x1f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]'
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
            else { [void]$__sb.Append('\u').Append($__c.ToString('x4', [System.Globalization.CultureInfo]::InvariantCulture)) }
            $__last = $__i + 1
        }
        if ($__last -lt $__s.Length) { [void]$__sb.Append($__s, $__last, $__s.Length - $__last) }
    }
    [void]$__sb.Append('"')
}
