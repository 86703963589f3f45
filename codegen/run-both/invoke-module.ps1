# Loaded once into a crosscheck pwsh session. Calls a compiled core function inside the imported
# Winsock2Doctor module and returns one JSON line: {"value": <__toJson of the result>} or
# {"error": "<exception message>"}, the same shape run-both uses.
function Invoke-ModuleCoreJson {
    param([string]$FunctionName, [object[]]$Arguments)
    $module = Get-Module Winsock2Doctor
    return & $module {
        param($fn, $fnArgs)
        # The core is loaded on the first cmdlet call; a direct call of a core function loads it first.
        __w2dImportCore
        try {
            $value = & $fn @fnArgs
            return '{"value":' + (__toJson $value) + '}'
        } catch {
            return '{"error":' + (__toJson ([string]$_.Exception.GetBaseException().Message)) + '}'
        }
    } $FunctionName $Arguments
}
