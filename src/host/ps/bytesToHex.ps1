# Host primitive bytesToHex (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
function script:host_bytesToHex {
    param($bytes)
    if ($bytes.Length -eq 0) { return '' }
    return [System.BitConverter]::ToString($bytes).Replace('-', '').ToLowerInvariant()
}
