# JS s.replaceAll(search, replacement) with a string pattern, including $$, $&, $` and $' in the replacement
function script:__replaceAll {
    param($__s, $__search, $__repl)
    $__search = [string]$__search
    $__repl = [string]$__repl
    $__sl = $__search.Length
    if ($__sl -gt 0 -and $__repl.IndexOf([char]36) -lt 0) { return $__s.Replace($__search, $__repl) }
    $__len = $__s.Length
    $__adv = [System.Math]::Max(1, $__sl)
    $__sb = [System.Text.StringBuilder]::new()
    $__end = 0
    if ($__sl -eq 0) { $__p = 0 } else { $__p = $__s.IndexOf($__search, 0, [System.StringComparison]::Ordinal) }
    while ($__p -ge 0) {
        [void]$__sb.Append($__s, $__end, $__p - $__end)
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
        $__end = $__p + $__sl
        $__np = $__p + $__adv
        if ($__np -gt $__len) { break }
        if ($__sl -eq 0) { $__p = $__np } else { $__p = $__s.IndexOf($__search, $__np, [System.StringComparison]::Ordinal) }
    }
    if ($__end -lt $__len) { [void]$__sb.Append($__s, $__end, $__len - $__end) }
    return $__sb.ToString()
}
