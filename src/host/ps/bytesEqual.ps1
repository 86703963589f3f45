# Host primitive bytesEqual (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
function script:host_bytesEqual {
    param($a, $b)
    if ($a.Length -ne $b.Length) { return $false }
    return [bool][System.Collections.StructuralComparisons]::StructuralEqualityComparer.Equals($a, $b)
}
