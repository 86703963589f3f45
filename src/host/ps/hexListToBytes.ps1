# Host primitive hexListToBytes (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# One regex match checks the whole list; the digits then become bytes in one call where .NET has
# Convert.FromHexString (.NET 5 and later: pwsh 7.1+), byte by byte elsewhere (Windows PowerShell 5.1).
function script:host_hexListToBytes {
    param($list)
    $text = [string]$list
    if ($text.Length -eq 0) { return ,([byte[]]::new(0)) }
    if (-not [regex]::IsMatch($text, '\A[0-9A-Fa-f]{2}(?:,[0-9A-Fa-f]{2})*\z')) { return $null }
    if ($null -ne [System.Convert]::FromHexString) { return ,[System.Convert]::FromHexString($text.Replace(',', '')) }
    $out = [byte[]]::new(($text.Length + 1) / 3)
    for ($k = 0; $k -lt $out.Length; $k++) {
        $out[$k] = [System.Convert]::ToByte($text.Substring(3 * $k, 2), 16)
    }
    return ,$out
}
