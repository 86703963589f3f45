# Host primitive decodeText (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# A BOM (UTF-16LE FF FE, UTF-16BE FE FF, UTF-8 EF BB BF) wins and is not part of the text; else UTF-8 when
# the bytes are strictly valid UTF-8 (empty input included); else Windows-1252 (explicit table).
# UTF-16: code units as they are (lone surrogates kept), an odd last byte becomes one U+FFFD.
# After a UTF-8 BOM, invalid sequences become U+FFFD by the WHATWG rules (decoded by hand below so that
# .NET Framework and .NET agree).
function script:host_decodeText {
    param($bytes)
    $n = $bytes.Length
    $mode = ''
    if ($n -ge 2 -and $bytes[0] -eq 0xFF -and $bytes[1] -eq 0xFE) { $mode = 'utf16le-bom' }
    elseif ($n -ge 2 -and $bytes[0] -eq 0xFE -and $bytes[1] -eq 0xFF) { $mode = 'utf16be-bom' }
    elseif ($n -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF) { $mode = 'utf8-bom' }

    if ($mode -eq 'utf16le-bom' -or $mode -eq 'utf16be-bom') {
        $big = $mode -eq 'utf16be-bom'
        $count = $n - 2
        $even = $count - ($count % 2)
        $text = $null
        try {
            $text = [System.Text.UnicodeEncoding]::new($big, $false, $true).GetString($bytes, 2, $even)
        } catch {
            $text = $null
        }
        if ($null -eq $text) {
            $units = [int]($even / 2)
            $chars = [char[]]::new($units)
            for ($k = 0; $k -lt $units; $k++) {
                $b1 = [int]$bytes[2 + 2 * $k]
                $b2 = [int]$bytes[3 + 2 * $k]
                if ($big) { $chars[$k] = [char](($b1 -shl 8) -bor $b2) } else { $chars[$k] = [char]($b1 -bor ($b2 -shl 8)) }
            }
            $text = [string]::new($chars)
        }
        if ($even -ne $count) { $text = $text + [string][char]0xFFFD }
        return [pscustomobject]@{ text = $text; encoding = $mode }
    }

    if ($mode -eq 'utf8-bom') {
        $text = $null
        try {
            $text = [System.Text.UTF8Encoding]::new($false, $true).GetString($bytes, 3, $n - 3)
        } catch {
            $text = $null
        }
        if ($null -eq $text) {
            $sb = [System.Text.StringBuilder]::new($n)
            $cp = 0; $needed = 0; $seen = 0; $lower = 0x80; $upper = 0xBF
            $i = 3
            while ($i -lt $n) {
                $b = [int]$bytes[$i]
                if ($needed -eq 0) {
                    if ($b -le 0x7F) { [void]$sb.Append([char]$b) }
                    elseif ($b -ge 0xC2 -and $b -le 0xDF) { $needed = 1; $cp = $b -band 0x1F }
                    elseif ($b -ge 0xE0 -and $b -le 0xEF) {
                        if ($b -eq 0xE0) { $lower = 0xA0 }
                        if ($b -eq 0xED) { $upper = 0x9F }
                        $needed = 2; $cp = $b -band 0x0F
                    }
                    elseif ($b -ge 0xF0 -and $b -le 0xF4) {
                        if ($b -eq 0xF0) { $lower = 0x90 }
                        if ($b -eq 0xF4) { $upper = 0x8F }
                        $needed = 3; $cp = $b -band 0x07
                    }
                    else { [void]$sb.Append([char]0xFFFD) }
                    $i++
                    continue
                }
                if ($b -lt $lower -or $b -gt $upper) {
                    # the byte ends the broken sequence and is decoded again on its own
                    $cp = 0; $needed = 0; $seen = 0; $lower = 0x80; $upper = 0xBF
                    [void]$sb.Append([char]0xFFFD)
                    continue
                }
                $lower = 0x80; $upper = 0xBF
                $cp = ($cp -shl 6) -bor ($b -band 0x3F)
                $seen++
                $i++
                if ($seen -eq $needed) {
                    [void]$sb.Append([char]::ConvertFromUtf32($cp))
                    $cp = 0; $needed = 0; $seen = 0
                }
            }
            if ($needed -ne 0) { [void]$sb.Append([char]0xFFFD) }
            $text = $sb.ToString()
        }
        return [pscustomobject]@{ text = $text; encoding = 'utf8-bom' }
    }

    $text = $null
    try {
        $text = [System.Text.UTF8Encoding]::new($false, $true).GetString([byte[]]$bytes)
    } catch {
        $text = $null
    }
    if ($null -ne $text) { return [pscustomobject]@{ text = $text; encoding = 'utf8' } }

    $text = [System.Text.Encoding]::GetEncoding(28591).GetString([byte[]]$bytes)
    $high = @(0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
              0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178)
    for ($k = 0; $k -lt 32; $k++) {
        $text = $text.Replace([char](0x80 + $k), [char]$high[$k])
    }
    return [pscustomobject]@{ text = $text; encoding = 'ansi' }
}
