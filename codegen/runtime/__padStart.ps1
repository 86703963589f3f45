# JS s.padStart(n, fill): fill defaults to ' ' (undefined), repeated and truncated; '' fill or a short target returns s
function script:__padStart {
    param($__s, $__n, $__fill)
    $__len = $__s.Length
    $__d = [double]$__n
    if ([double]::IsNaN($__d)) { return $__s }
    $__d = [System.Math]::Truncate($__d)
    if ($__d -le $__len) { return $__s }
    if ($null -eq $__fill) { $__fill = ' ' } else { $__fill = [string]$__fill }
    if ($__fill.Length -eq 0) { return $__s }
    $__need = [int]($__d - $__len)
    $__sb = [System.Text.StringBuilder]::new()
    while ($__sb.Length -lt $__need) { [void]$__sb.Append($__fill) }
    $__f = $__sb.ToString(0, $__need)
    return $__f + $__s
}
