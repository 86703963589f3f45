# JSON.stringify(x) without indentation, exactly as Node prints it (top-level undefined gives 'null')
# requires: __jsonWrite
function __toJson {
    param($__x)
    $__sb = New-Object System.Text.StringBuilder
    __jsonWrite $__sb $__x
    return $__sb.ToString()
}
