# JS s.replace(search, replacement) with a string pattern (first match only), including $$, $&, $` and $' in the replacement
function script:__replaceFirst {
    param($__s, $__search, $__repl)
    $__search = [string]$__search
    $__repl = [string]$__repl
    $__p = $__s.IndexOf($__search, [System.StringComparison]::Ordinal)
    if ($__p -lt 0) { return $__s }
    $__len = $__s.Length
    $__sl = $__search.Length
    $__sb = [System.Text.StringBuilder]::new()
    [void]$__sb.Append($__s, 0, $__p)
    $__rl = $__repl.Length
    $__j = 0
    while ($__j -lt $__rl) {
        $__c = [int]$__repl[$__j]
        if ($__c -eq 36 -and $__j + 1 -lt $__rl) {
            $__n = [int]$__repl[$__j + 1]
            if ($__n -eq 36) { [void]$__sb.Append('$'); $__j += 2; continue }
            if ($__n -eq 38) { [void]$__sb.Append($__search); $__j += 2; continue }
            if ($__n -eq 96) { [void]$__sb.Append($__s, 0, $__p); $__j += 2; continue }
            if ($__n -eq 39) {
                $__t = [System.Math]::Min($__p + $__sl, $__len)
                [void]$__sb.Append($__s, $__t, $__len - $__t); $__j += 2; continue
            }
        }
        [void]$__sb.Append([char]$__c)
        $__j++
    }
    $__t = $__p + $__sl
    [void]$__sb.Append($__s, $__t, $__len - $__t)
    return $__sb.ToString()
}
