# Host primitive getEnv (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# $null (undefined) when the variable is not set; names match as the OS matches them.
function script:host_getEnv {
    param($name)
    $n = [string]$name
    if ($n.Length -eq 0) { return $null }
    $value = $null
    try {
        $value = [System.Environment]::GetEnvironmentVariable($n)
    } catch {
        $value = $null
    }
    return $value
}
