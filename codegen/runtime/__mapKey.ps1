# Normalises a Map key like JS SameValueZero: any .NET numeric becomes [double] (-0 becomes +0); other keys unchanged
function script:__mapKey {
    param($__k)
    if ($null -eq $__k) { return $null }
    $__tc = [int][System.Type]::GetTypeCode($__k.GetType())
    if ($__tc -ge 5 -and $__tc -le 15) {
        $__d = [double]$__k
        if ($__d -eq 0) { return 0.0 }
        return $__d
    }
    return , $__k
}
