# An ErrorRecord for a failure in core: ErrorId = the stable W2Dnnnn ID at the start of the message (W2D0000 when there is none), a category by ID range, the target object
function script:__errorRecord {
    param($__error, $__target)
    # The innermost exception: compiled code calls functions through script blocks (ps.call), which
    # wraps a throw in MethodInvocationException(s) on its way out.
    $__exception = $__error.Exception.GetBaseException()
    $__message = [string]$__exception.Message
    $__id = 'W2D0000'
    if ($__message.Length -ge 8 -and $__message.StartsWith('W2D', [System.StringComparison]::Ordinal) -and $__message[7] -eq ':') {
        $__id = $__message.Substring(0, 7)
    }
    $__category = [System.Management.Automation.ErrorCategory]::NotSpecified
    if ($__id -eq 'W2D9010') {
        $__category = [System.Management.Automation.ErrorCategory]::ObjectNotFound
    } elseif ($__id -eq 'W2D9020') {
        $__category = [System.Management.Automation.ErrorCategory]::NotInstalled
    } elseif ($__id.StartsWith('W2D1', [System.StringComparison]::Ordinal)) {
        $__category = [System.Management.Automation.ErrorCategory]::InvalidData
    }
    return [System.Management.Automation.ErrorRecord]::new($__exception, $__id, $__category, $__target)
}
