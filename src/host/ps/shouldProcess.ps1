# Host primitive shouldProcess (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# The calling cmdlet decides (-WhatIf, -Confirm, ConfirmImpact, -Force): its $PSCmdlet is found through
# PowerShell's dynamic scope, because core functions are plain functions called from the cmdlet. Outside a
# cmdlet (tests calling core directly) there is no $PSCmdlet and the change goes ahead, as in Node.
function script:host_shouldProcess {
    param($target, $action)
    $cmdlet = Get-Variable -Name PSCmdlet -ValueOnly -ErrorAction Ignore
    if ($null -eq $cmdlet) { return $true }
    return [bool]$cmdlet.ShouldProcess([string]$target, [string]$action)
}
