# Host primitive platform (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
function script:host_platform {
    param()
    if ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT) { return 'Windows' }
    return 'Unix'
}
