# Host primitive encodeText (src/host/primitives.ts). Hand-written; runs on Windows PowerShell 5.1 and pwsh 7.
# 'utf16le-bom': FF FE + code units as they are (lone surrogates kept); 'utf8' / 'utf8-bom' (EF BB BF first):
# a lone surrogate becomes U+FFFD (EF BF BD), replaced here explicitly so .NET Framework and .NET agree;
# 'ansi': Windows-1252 from an explicit table, '?' for what it cannot encode (one per code point).
# The name is matched exactly (ordinal, case-sensitive); another name is W2D9005.
function script:host_encodeText {
    param($text, $encoding)
    $text = [string]$text
    if ([string]::Equals($encoding, 'utf16le-bom', [System.StringComparison]::Ordinal)) {
        $out = [byte[]]::new(2 + 2 * $text.Length)
        $out[0] = 0xFF
        $out[1] = 0xFE
        $body = $null
        try {
            $body = [System.Text.UnicodeEncoding]::new($false, $false, $true).GetBytes($text)
        } catch {
            $body = $null
        }
        if ($null -ne $body) {
            if ($body.Length -gt 0) { [System.Array]::Copy($body, 0, $out, 2, $body.Length) }
        } else {
            for ($k = 0; $k -lt $text.Length; $k++) {
                $c = [int]$text[$k]
                $out[2 + 2 * $k] = [byte]($c -band 255)
                $out[3 + 2 * $k] = [byte]($c -shr 8)
            }
        }
        return ,$out
    }
    $bom = [string]::Equals($encoding, 'utf8-bom', [System.StringComparison]::Ordinal)
    if ($bom -or [string]::Equals($encoding, 'utf8', [System.StringComparison]::Ordinal)) {
        $wellFormed = [regex]::Replace($text, '[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]', [string][char]0xFFFD)
        $body = [System.Text.UTF8Encoding]::new($false).GetBytes($wellFormed)
        if (-not $bom) { return ,$body }
        $out = [byte[]]::new(3 + $body.Length)
        $out[0] = 0xEF
        $out[1] = 0xBB
        $out[2] = 0xBF
        if ($body.Length -gt 0) { [System.Array]::Copy($body, 0, $out, 3, $body.Length) }
        return ,$out
    }
    if ([string]::Equals($encoding, 'ansi', [System.StringComparison]::Ordinal)) {
        if (-not [regex]::IsMatch($text, '[^\u0000-\u007F\u00A0-\u00FF]')) {
            $out = [System.Text.Encoding]::GetEncoding(28591).GetBytes($text)
            return ,$out
        }
        $high = @(0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178)
        $buf = [byte[]]::new($text.Length)
        $n = 0
        for ($i = 0; $i -lt $text.Length; $i++) {
            $c = [int]$text[$i]
            if ($c -lt 0x80 -or ($c -ge 0xA0 -and $c -le 0xFF)) { $buf[$n] = [byte]$c; $n++; continue }
            $k = [System.Array]::IndexOf($high, $c)
            if ($k -ge 0) { $buf[$n] = [byte](0x80 + $k); $n++; continue }
            if ($c -ge 0xD800 -and $c -le 0xDBFF -and $i + 1 -lt $text.Length) {
                $c2 = [int]$text[$i + 1]
                if ($c2 -ge 0xDC00 -and $c2 -le 0xDFFF) { $i++ }
            }
            $buf[$n] = [byte]0x3F
            $n++
        }
        $out = [byte[]]::new($n)
        if ($n -gt 0) { [System.Array]::Copy($buf, 0, $out, 0, $n) }
        return ,$out
    }
    throw "W2D9005: unknown text encoding '$encoding'"
}
