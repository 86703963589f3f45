# Host primitive writeNewPrivateFile (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# A temporary file in the same folder made private before any byte is written (mode 0600 off Windows; on
# Windows an ACL that grants Administrators and SYSTEM only, inheritance removed), written and flushed,
# then moved under its name with File.Move, which never replaces an existing file (W2D9012). Any other
# failure: W2D9011, and the temporary file is removed.
function script:host_writeNewPrivateFile {
    param($path, $bytes)
    $full = [string]$path
    if (-not [System.IO.Path]::IsPathRooted($full)) {
        $full = [System.IO.Path]::Combine((Get-Location -PSProvider FileSystem).ProviderPath, $full)
    }
    $full = [System.IO.Path]::GetFullPath($full)
    if ([System.IO.File]::Exists($full) -or [System.IO.Directory]::Exists($full)) {
        throw "W2D9012: '$path' already exists and is never replaced"
    }
    $name = [System.IO.Path]::GetFileName($full)
    $temp = [System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName($full), '.' + $name + '.' + [guid]::NewGuid().ToString('N').Substring(0, 16) + '.w2d-tmp')
    $stream = $null
    $failure = $null
    try {
        $stream = New-Object System.IO.FileStream -ArgumentList $temp, ([System.IO.FileMode]::CreateNew), ([System.IO.FileAccess]::Write), ([System.IO.FileShare]::None)
        if ([System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT) {
            $acl = New-Object System.Security.AccessControl.FileSecurity
            $acl.SetAccessRuleProtection($true, $false)
            foreach ($sid in @('S-1-5-32-544', 'S-1-5-18')) {
                $who = New-Object System.Security.Principal.SecurityIdentifier -ArgumentList $sid
                $rule = New-Object System.Security.AccessControl.FileSystemAccessRule -ArgumentList $who, ([System.Security.AccessControl.FileSystemRights]::FullControl), ([System.Security.AccessControl.AccessControlType]::Allow)
                $acl.AddAccessRule($rule)
            }
            Set-Acl -LiteralPath $temp -AclObject $acl
        } else {
            [System.IO.File]::SetUnixFileMode($temp, [System.IO.UnixFileMode]'UserRead, UserWrite')
        }
        $stream.Write([byte[]]$bytes, 0, $bytes.Length)
        $stream.Flush($true)
        $stream.Dispose()
        $stream = $null
        [System.IO.File]::Move($temp, $full)
    } catch {
        $failure = 'W2D9011'
        if ([System.IO.File]::Exists($full)) { $failure = 'W2D9012' }
    }
    if ($null -ne $failure) {
        if ($null -ne $stream) {
            try { $stream.Dispose() } catch { $stream = $null }
        }
        try { if ([System.IO.File]::Exists($temp)) { [System.IO.File]::Delete($temp) } } catch { $temp = $null }
        if ($failure -eq 'W2D9012') { throw "W2D9012: '$path' already exists and is never replaced" }
        throw "W2D9011: cannot write file '$path'"
    }
}
