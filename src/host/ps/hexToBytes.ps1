# Host primitive hexToBytes (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
function script:host_hexToBytes {
    param($hex)
    $hex = [string]$hex
    if ($hex.Length % 2 -ne 0) { throw "W2D9004: hex text has an odd length of $($hex.Length)" }
    $bad = [regex]::Match($hex, '[^0-9A-Fa-f]')
    if ($bad.Success) { throw "W2D9004: hex text has a non-hex character at index $($bad.Index)" }
    # One call where .NET has Convert.FromHexString (.NET 5 and later: pwsh 7.1+); byte by byte elsewhere.
    if ($null -ne [System.Convert]::FromHexString) { return ,[System.Convert]::FromHexString($hex) }
    $out = [byte[]]::new($hex.Length / 2)
    for ($i = 0; $i -lt $out.Length; $i++) {
        $out[$i] = [System.Convert]::ToByte($hex.Substring(2 * $i, 2), 16)
    }
    return ,$out
}
