# Loaded once into the run-both pwsh session. Runs a compiled unit's function in a fresh dynamic
# module (so units never see each other's functions) and returns one JSON line:
# {"value": <JSON.stringify of the result>} or {"error": "<exception message>"}.
function Invoke-RunBothMain {
    param([string]$ScriptPath, [string]$FunctionName)
    $text = [System.IO.File]::ReadAllText($ScriptPath)
    $module = New-Module -Name ('RunBoth_' + [guid]::NewGuid().ToString('N')) -ScriptBlock ([scriptblock]::Create($text))
    try {
        return & $module {
            param($fn)
            try {
                $value = & $fn
                return '{"value":' + (__toJson $value) + '}'
            } catch {
                return '{"error":' + (__toJson ([string]$_.Exception.GetBaseException().Message)) + '}'
            }
        } $FunctionName
    } catch {
        # The unit itself failed to load (a parse error or a failing module-level initialiser).
        return '{"error":' + (ConvertTo-Json -Compress -InputObject ('load: ' + $_.Exception.Message)) + '}'
    } finally {
        Remove-Module $module -Force -ErrorAction SilentlyContinue
    }
}
