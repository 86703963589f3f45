# Host primitive runNetsh (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# Runs netsh (Windows only) with the arguments quoted as the C runtime parses them, and returns
# exitCode and output (stdout then stderr, each decoded as UTF-8 when valid, else Windows-1252 from an
# explicit table, exactly as the Node side does). W2D9020 when netsh cannot be started.
function script:host_runNetsh {
    param($args_)
    if ([System.Environment]::OSVersion.Platform -ne [System.PlatformID]::Win32NT) {
        throw 'W2D9020: netsh is not available on this system'
    }
    $line = New-Object System.Text.StringBuilder
    foreach ($arg in $args_) {
        $a = [string]$arg
        if ($line.Length -gt 0) { [void]$line.Append(' ') }
        if ($a.Length -gt 0 -and $a.IndexOfAny([char[]]@([char]32, [char]9, [char]10, [char]11, [char]34)) -lt 0) {
            [void]$line.Append($a)
            continue
        }
        [void]$line.Append([char]34)
        $slashes = 0
        foreach ($ch in $a.ToCharArray()) {
            if ($ch -eq [char]92) { $slashes++; continue }
            if ($ch -eq [char]34) { [void]$line.Append([char]92, 2 * $slashes + 1) } else { [void]$line.Append([char]92, $slashes) }
            $slashes = 0
            [void]$line.Append($ch)
        }
        [void]$line.Append([char]92, 2 * $slashes)
        [void]$line.Append([char]34)
    }
    $info = New-Object System.Diagnostics.ProcessStartInfo
    $info.FileName = 'netsh'
    $info.Arguments = $line.ToString()
    $info.UseShellExecute = $false
    $info.CreateNoWindow = $true
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $process = $null
    try {
        $process = [System.Diagnostics.Process]::Start($info)
    } catch {
        $process = $null
    }
    if ($null -eq $process) { throw 'W2D9020: netsh is not available on this system' }
    $out = New-Object System.IO.MemoryStream
    $err = New-Object System.IO.MemoryStream
    $copyOut = $process.StandardOutput.BaseStream.CopyToAsync($out)
    $copyErr = $process.StandardError.BaseStream.CopyToAsync($err)
    $process.WaitForExit()
    $copyOut.Wait()
    $copyErr.Wait()
    $exitCode = [int]$process.ExitCode
    $process.Dispose()

    $high = @(0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
              0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178)
    $text = ''
    foreach ($stream in @($out, $err)) {
        $raw = $stream.ToArray()
        $part = $null
        try {
            $part = (New-Object System.Text.UTF8Encoding -ArgumentList $false, $true).GetString($raw)
        } catch {
            $part = $null
        }
        if ($null -eq $part) {
            $part = [System.Text.Encoding]::GetEncoding(28591).GetString($raw)
            for ($k = 0; $k -lt 32; $k++) { $part = $part.Replace([char](0x80 + $k), [char]$high[$k]) }
        }
        $text = $text + $part
    }
    return [pscustomobject]@{ exitCode = $exitCode; output = $text }
}
