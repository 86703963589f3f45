# Pester 5 tests of the hand-written PowerShell host primitives (src/host/ps/*.ps1), with the same
# vectors as test/host/node-primitives.test.ts, plus the runtime representation the compiler relies on:
# [byte[]] for Bytes (never unrolled, also when empty or 1 byte long), [int] for numbers that fit int32
# and [long] above, [pscustomobject] with lower-camel-case properties in interface order, nothing at
# all from void primitives, and the exact error messages of the Node side.
# test/host/engines-agree.test.ts compares the two engines call by call.

BeforeDiscovery {
    $onWindows = [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT

    $decodeCases = @(
        @{ In = 'fffe41004200'; Text = @(0x41, 0x42); Encoding = 'utf16le-bom' }
        @{ In = 'feff00410042'; Text = @(0x41, 0x42); Encoding = 'utf16be-bom' }
        @{ In = 'efbbbf41c3a9'; Text = @(0x41, 0xE9); Encoding = 'utf8-bom' }
        @{ In = '41c3a9'; Text = @(0x41, 0xE9); Encoding = 'utf8' }
        @{ In = '41e9'; Text = @(0x41, 0xE9); Encoding = 'ansi' }
        @{ In = '80'; Text = @(0x20AC); Encoding = 'ansi' }
        @{ In = ''; Text = @(); Encoding = 'utf8' }
        @{ In = 'ff'; Text = @(0xFF); Encoding = 'ansi' }
        @{ In = 'fffe'; Text = @(); Encoding = 'utf16le-bom' }
        @{ In = 'efbbbf'; Text = @(); Encoding = 'utf8-bom' }
        @{ In = 'efbbbfefbbbf41'; Text = @(0xFEFF, 0x41); Encoding = 'utf8-bom' }
        @{ In = 'f09f9880'; Text = @(0xD83D, 0xDE00); Encoding = 'utf8' }
        @{ In = 'efbfbf'; Text = @(0xFFFF); Encoding = 'utf8' }
        @{ In = 'c080'; Text = @(0xC0, 0x20AC); Encoding = 'ansi' }
        @{ In = 'eda080'; Text = @(0xED, 0xA0, 0x20AC); Encoding = 'ansi' }
        @{ In = 'f4908080'; Text = @(0xF4, 0x90, 0x20AC, 0x20AC); Encoding = 'ansi' }
        @{ In = 'e282'; Text = @(0xE2, 0x201A); Encoding = 'ansi' }
        @{ In = '4180'; Text = @(0x41, 0x20AC); Encoding = 'ansi' }
        @{ In = 'fffe00d84100'; Text = @(0xD800, 0x41); Encoding = 'utf16le-bom' }
        @{ In = 'fffe410042'; Text = @(0x41, 0xFFFD); Encoding = 'utf16le-bom' }
        @{ In = 'feff0041dc00'; Text = @(0x41, 0xDC00); Encoding = 'utf16be-bom' }
        @{ In = 'efbbbf41e28241f090'; Text = @(0x41, 0xFFFD, 0x41, 0xFFFD); Encoding = 'utf8-bom' }
        @{ In = 'efbbbff08f8080'; Text = @(0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD); Encoding = 'utf8-bom' }
        @{ In = 'efbbbfc0af'; Text = @(0xFFFD, 0xFFFD); Encoding = 'utf8-bom' }
        @{ In = 'efbbbfe0a0'; Text = @(0xFFFD); Encoding = 'utf8-bom' }
        @{ In = 'efbbbfed9fbfeda080'; Text = @(0xD7FF, 0xFFFD, 0xFFFD, 0xFFFD); Encoding = 'utf8-bom' }
        @{ In = 'efbbbff4908080'; Text = @(0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD); Encoding = 'utf8-bom' }
    )
}

BeforeAll {
    Set-StrictMode -Version Latest
    $script:PsDir = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../src/host/ps'))
    foreach ($file in (Get-ChildItem -LiteralPath $script:PsDir -Filter '*.ps1' | Sort-Object Name)) {
        . $file.FullName
    }
    $script:OnWindows = [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT

    function Hex {
        param([string] $HexText)
        $b = New-Object byte[] ($HexText.Length / 2)
        for ($i = 0; $i -lt $b.Length; $i++) { $b[$i] = [System.Convert]::ToByte($HexText.Substring(2 * $i, 2), 16) }
        return , $b
    }
    function ToHex {
        param($Bytes)
        if ($Bytes.Length -eq 0) { return '' }
        return [System.BitConverter]::ToString($Bytes).Replace('-', '').ToLowerInvariant()
    }
    function Codes {
        param([string] $Text)
        return (@($Text.ToCharArray() | ForEach-Object { [int]$_ }) -join ',')
    }
    function Str {
        param([int[]] $Codes)
        if ($Codes.Length -eq 0) { return '' }
        return [string]::new([char[]]$Codes)
    }
    # Runs a write primitive on a fresh buffer and returns the buffer afterwards as hex.
    function AfterWrite {
        param([string] $Start, [scriptblock] $Write)
        $b = Hex $Start
        $null = & $Write $b
        return (ToHex $b)
    }
    # The message of the exception a script block throws ($null when it does not throw).
    function ErrorOf {
        param([scriptblock] $Block)
        try { $null = & $Block } catch { return $_.Exception.Message }
        return $null
    }
}

Describe 'bytesAlloc' {
    It 'returns a zero-filled [byte[]], never unrolled' {
        $b = host_bytesAlloc 3
        $b.GetType().FullName | Should -BeExactly 'System.Byte[]'
        ToHex $b | Should -BeExactly '000000'
        $empty = host_bytesAlloc 0
        $null -eq $empty | Should -BeFalse
        $empty.GetType().FullName | Should -BeExactly 'System.Byte[]'
        $empty.Length | Should -Be 0
        $one = host_bytesAlloc 1
        $one.GetType().FullName | Should -BeExactly 'System.Byte[]'
        (host_bytesAlloc ([long]2)).Length | Should -Be 2
        (host_bytesAlloc ([double]2)).Length | Should -Be 2
    }
    It 'rejects negative and non-integer lengths' {
        ErrorOf { host_bytesAlloc (-1) } | Should -BeExactly 'W2D9006: length must be a non-negative integer'
        ErrorOf { host_bytesAlloc 1.5 } | Should -BeExactly 'W2D9006: length must be a non-negative integer'
        ErrorOf { host_bytesAlloc ([double]::NaN) } | Should -BeExactly 'W2D9006: length must be a non-negative integer'
        ErrorOf { host_bytesAlloc $null } | Should -BeExactly 'W2D9006: length must be a non-negative integer'
    }
}

Describe 'bytesSlice' {
    It 'copies [start, end) with Uint8Array.slice clamping' {
        ToHex (host_bytesSlice (Hex '0102030405') 1 3) | Should -BeExactly '0203'
        ToHex (host_bytesSlice (Hex '0102030405') 3 100) | Should -BeExactly '0405'
        ToHex (host_bytesSlice (Hex '0102030405') 4 2) | Should -BeExactly ''
        ToHex (host_bytesSlice (Hex '0102030405') 0 5) | Should -BeExactly '0102030405'
        (host_bytesSlice (Hex '0102030405') 5 5).GetType().FullName | Should -BeExactly 'System.Byte[]'
        (host_bytesSlice (Hex '0102030405') 1 2).GetType().FullName | Should -BeExactly 'System.Byte[]'
    }
    It 'follows Uint8Array.slice for negative, fractional and NaN arguments' {
        ToHex (host_bytesSlice (Hex '0102030405') (-2) 5) | Should -BeExactly '0405'
        ToHex (host_bytesSlice (Hex '0102030405') 1 (-1)) | Should -BeExactly '020304'
        ToHex (host_bytesSlice (Hex '0102030405') (-100) 2) | Should -BeExactly '0102'
        ToHex (host_bytesSlice (Hex '0102030405') 1.9 3.2) | Should -BeExactly '0203'
        ToHex (host_bytesSlice (Hex '0102030405') ([double]::NaN) 2) | Should -BeExactly '0102'
    }
    It 'returns a copy' {
        $src = Hex '0102030405'
        $s = host_bytesSlice $src 1 3
        $s[0] = 255
        $src[1] | Should -Be 2
    }
}

Describe 'bytesConcat and bytesEqual' {
    It 'concatenates a List[object] of parts in order' {
        $parts = New-Object System.Collections.Generic.List[object]
        $parts.Add((Hex '01')); $parts.Add((Hex '')); $parts.Add((Hex '0203'))
        ToHex (host_bytesConcat $parts) | Should -BeExactly '010203'
    }
    It 'takes a one-element list as a list and returns [byte[]] for one byte and for none' {
        $one = New-Object System.Collections.Generic.List[object]
        $one.Add((Hex 'ff'))
        $r = host_bytesConcat $one
        $r.GetType().FullName | Should -BeExactly 'System.Byte[]'
        ToHex $r | Should -BeExactly 'ff'
        $none = host_bytesConcat (New-Object System.Collections.Generic.List[object])
        $none.GetType().FullName | Should -BeExactly 'System.Byte[]'
        $none.Length | Should -Be 0
    }
    It 'also accepts an object[] of parts' {
        ToHex (host_bytesConcat @((Hex '01'), (Hex '02'))) | Should -BeExactly '0102'
    }
    It 'compares length and bytes, returning [bool]' {
        host_bytesEqual (Hex '0102') (Hex '0102') | Should -BeExactly $true
        host_bytesEqual (Hex '0102') (Hex '0103') | Should -BeExactly $false
        host_bytesEqual (Hex '01') (Hex '0100') | Should -BeExactly $false
        host_bytesEqual (Hex '') (Hex '') | Should -BeExactly $true
        (host_bytesEqual (Hex '') (Hex '')).GetType().FullName | Should -BeExactly 'System.Boolean'
    }
}

Describe 'integer reads' {
    It 'readU16LE' {
        host_readU16LE (Hex '3412ff') 0 | Should -Be 4660
        host_readU16LE (Hex '3412ff') 1 | Should -Be 65298
        (host_readU16LE (Hex '3412ff') 1).GetType().FullName | Should -BeExactly 'System.Int32'
        ErrorOf { host_readU16LE (Hex '3412ff') 2 } | Should -BeExactly 'W2D9001: read of 2 bytes at offset 2 is outside a buffer of 3 bytes'
    }
    It 'readU32LE is unsigned: [int] when it fits int32, else [long]' {
        $max = host_readU32LE (Hex 'ffffffff') 0
        $max | Should -Be 4294967295
        $max.GetType().FullName | Should -BeExactly 'System.Int64'
        $small = host_readU32LE (Hex '78563412') 0
        $small | Should -Be 305419896
        $small.GetType().FullName | Should -BeExactly 'System.Int32'
        host_readU32LE (Hex '0000000080') 1 | Should -Be 2147483648
        (host_readU32LE (Hex 'ffffff7f') 0).GetType().FullName | Should -BeExactly 'System.Int32'
    }
    It 'readI32LE is signed [int]' {
        host_readI32LE (Hex 'ffffffff') 0 | Should -Be -1
        host_readI32LE (Hex '00000080') 0 | Should -Be -2147483648
        host_readI32LE (Hex 'ffffff7f') 0 | Should -Be 2147483647
        (host_readI32LE (Hex 'ffffffff') 0).GetType().FullName | Should -BeExactly 'System.Int32'
    }
    It 'reports reads outside the buffer and non-integer offsets' {
        ErrorOf { host_readU32LE (host_bytesAlloc 12) 10 } | Should -BeExactly 'W2D9001: read of 4 bytes at offset 10 is outside a buffer of 12 bytes'
        ErrorOf { host_readI32LE (Hex '00000000') (-1) } | Should -BeExactly 'W2D9001: read of 4 bytes at offset -1 is outside a buffer of 4 bytes'
        ErrorOf { host_readU32LE (Hex '00000000') 1.5 } | Should -BeExactly 'W2D9006: offset must be an integer'
        ErrorOf { host_readU16LE (Hex '0000') ([double]::NaN) } | Should -BeExactly 'W2D9006: offset must be an integer'
        ErrorOf { host_readU16LE (Hex '0000') '0' } | Should -BeExactly 'W2D9006: offset must be an integer'
    }
    It 'accepts [long] and integral [double] offsets' {
        host_readU16LE (Hex '003412') ([long]1) | Should -Be 4660
        host_readU16LE (Hex '003412') ([double]1) | Should -Be 4660
    }
}

Describe 'integer writes' {
    It 'return nothing' {
        $b = Hex '00000000'
        $r = @(host_writeU32LE $b 0 1)
        $r.Count | Should -Be 0
        @(host_writeU16LE $b 0 1).Count | Should -Be 0
        @(host_writeI32LE $b 0 1).Count | Should -Be 0
        @(host_writeGuid (host_bytesAlloc 16) 0 '{9980498C-E732-482B-9F67-924273A56666}').Count | Should -Be 0
        @(host_writeAnsiZ $b 0 4 'a').Count | Should -Be 0
        @(host_writeUtf16Z $b 0 4 'a').Count | Should -Be 0
    }
    It 'writeU16LE accepts -32768..65535' {
        AfterWrite '000000' { param($b) host_writeU16LE $b 1 0xABCD } | Should -BeExactly '00cdab'
        AfterWrite '0000' { param($b) host_writeU16LE $b 0 (-1) } | Should -BeExactly 'ffff'
        ErrorOf { host_writeU16LE (Hex '0000') 0 65536 } | Should -BeExactly 'W2D9007: value 65536 is outside -32768..65535 for a 16-bit field'
        ErrorOf { host_writeU16LE (Hex '0000') 0 (-32769) } | Should -BeExactly 'W2D9007: value -32769 is outside -32768..65535 for a 16-bit field'
    }
    It 'writeU32LE accepts 0..4294967295 and negative int32 values' {
        AfterWrite '00000000' { param($b) host_writeU32LE $b 0 4294967295 } | Should -BeExactly 'ffffffff'
        AfterWrite '00000000' { param($b) host_writeU32LE $b 0 ([double]4294967295) } | Should -BeExactly 'ffffffff'
        AfterWrite '00000000' { param($b) host_writeU32LE $b 0 (-2) } | Should -BeExactly 'feffffff'
        AfterWrite '00000000' { param($b) host_writeU32LE $b 0 0x12345678 } | Should -BeExactly '78563412'
        AfterWrite '00000000' { param($b) host_writeU32LE $b 0 (-2147483648) } | Should -BeExactly '00000080'
        ErrorOf { host_writeU32LE (Hex '00000000') 0 4294967296 } | Should -BeExactly 'W2D9007: value 4294967296 is outside -2147483648..4294967295 for a 32-bit field'
        ErrorOf { host_writeU32LE (Hex '00000000') 0 (-2147483649) } | Should -BeExactly 'W2D9007: value -2147483649 is outside -2147483648..4294967295 for a 32-bit field'
        ErrorOf { host_writeU32LE (Hex '00000000') 0 1.5 } | Should -BeExactly 'W2D9006: value must be an integer'
        ErrorOf { host_writeU32LE (Hex '00000000') 1 7 } | Should -BeExactly 'W2D9001: write of 4 bytes at offset 1 is outside a buffer of 4 bytes'
    }
    It 'writeI32LE accepts the int32 range' {
        AfterWrite '00000000' { param($b) host_writeI32LE $b 0 (-2147483648) } | Should -BeExactly '00000080'
        AfterWrite '00000000' { param($b) host_writeI32LE $b 0 (-1) } | Should -BeExactly 'ffffffff'
        ErrorOf { host_writeI32LE (Hex '00000000') 0 2147483648 } | Should -BeExactly 'W2D9007: value 2147483648 is outside -2147483648..2147483647 for a signed 32-bit field'
    }
    It 'checks the value before the bounds' {
        ErrorOf { host_writeU32LE (Hex '00') 5 4294967296 } | Should -BeLike 'W2D9007:*'
        ErrorOf { host_writeU32LE (Hex '00') 0.5 1.5 } | Should -BeExactly 'W2D9006: offset must be an integer'
    }
}

Describe 'GUIDs' {
    BeforeAll {
        $script:Layout = '8c49809932e72b489f67924273a56666'
        $script:GuidText = '{9980498C-E732-482B-9F67-924273A56666}'
    }
    It 'readGuid reads the Windows layout, upper case with braces' {
        host_readGuid (Hex $script:Layout) 0 | Should -BeExactly $script:GuidText
        host_readGuid (Hex ('00' + $script:Layout)) 1 | Should -BeExactly $script:GuidText
        ErrorOf { host_readGuid (Hex $script:Layout) 1 } | Should -BeExactly 'W2D9001: read of 16 bytes at offset 1 is outside a buffer of 16 bytes'
    }
    It 'writeGuid writes the Windows layout from any accepted spelling' {
        foreach ($g in @($script:GuidText, $script:GuidText.ToLowerInvariant(), '9980498c-E732-482b-9F67-924273a56666')) {
            AfterWrite ('00' * 18) { param($b) host_writeGuid $b 1 $g } | Should -BeExactly ('00' + $script:Layout + '00')
        }
    }
    It 'rejects malformed GUIDs' {
        foreach ($g in @('{9980498C-E732-482B-9F67-924273A56666', '9980498C-E732-482B-9F67-924273A56666}',
                '9980498CE732482B9F67924273A56666', '{9980498C-E732-482B-9F67-924273A5666G}',
                ($script:GuidText + "`n"), '')) {
            ErrorOf { host_writeGuid (host_bytesAlloc 16) 0 $g } | Should -BeExactly ("W2D9002: '" + $g + "' is not a GUID")
        }
        ErrorOf { host_writeGuid (host_bytesAlloc 15) 0 $script:GuidText } | Should -BeExactly 'W2D9001: write of 16 bytes at offset 0 is outside a buffer of 15 bytes'
    }
}

Describe 'ANSI (Windows-1252) strings' {
    It 'readAnsiZ stops at NUL or the end of the field' {
        host_readAnsiZ (Hex '41424300ffff') 0 6 | Should -BeExactly 'ABC'
        host_readAnsiZ (Hex '414243') 0 3 | Should -BeExactly 'ABC'
        host_readAnsiZ (Hex '41424344') 1 2 | Should -BeExactly 'BC'
        host_readAnsiZ (Hex '41') 0 0 | Should -BeExactly ''
        (host_readAnsiZ (Hex '41') 0 0).GetType().FullName | Should -BeExactly 'System.String'
    }
    It 'decodes 0x80..0x9F with the explicit table and round-trips every byte' {
        Codes (host_readAnsiZ (Hex '80') 0 1) | Should -BeExactly '8364'
        Codes (host_readAnsiZ (Hex '80818d8f909d9f') 0 7) | Should -BeExactly '8364,129,141,143,144,157,376'
        Codes (host_readAnsiZ (Hex 'e9ff') 0 2) | Should -BeExactly '233,255'
        for ($v = 1; $v -lt 256; $v++) {
            $one = New-Object byte[] 1
            $one[0] = [byte]$v
            $s = host_readAnsiZ $one 0 1
            $s.Length | Should -Be 1
            ToHex (host_encodeText $s 'ansi') | Should -BeExactly $v.ToString('x2')
        }
    }
    It 'readAnsiZ checks the field and maxBytes' {
        ErrorOf { host_readAnsiZ (Hex '0000000000') 2 4 } | Should -BeExactly 'W2D9001: read of 4 bytes at offset 2 is outside a buffer of 5 bytes'
        ErrorOf { host_readAnsiZ (Hex '00') 0 (-1) } | Should -BeExactly 'W2D9006: maxBytes must be a non-negative integer'
    }
    It 'writeAnsiZ NUL-terminates and zero-pads the field' {
        AfterWrite 'ffffffffffff' { param($b) host_writeAnsiZ $b 1 4 'Ab' } | Should -BeExactly 'ff41620000ff'
        AfterWrite 'ffff' { param($b) host_writeAnsiZ $b 0 2 (Str 0x20AC) } | Should -BeExactly '8000'
        AfterWrite 'ff' { param($b) host_writeAnsiZ $b 0 1 '' } | Should -BeExactly '00'
    }
    It 'writes ? for what 1252 cannot encode, one per code point' {
        AfterWrite 'ffffffffff' { param($b) host_writeAnsiZ $b 0 5 (Str 0x61, 0xD83D, 0xDE00, 0x62) } | Should -BeExactly '613f620000'
        AfterWrite 'ffff' { param($b) host_writeAnsiZ $b 0 2 (Str 0xD800) } | Should -BeExactly '3f00'
        AfterWrite 'ffffff' { param($b) host_writeAnsiZ $b 0 3 (Str 0xDC00, 0xD800) } | Should -BeExactly '3f3f00'
        AfterWrite 'ffff' { param($b) host_writeAnsiZ $b 0 2 (Str 0x80) } | Should -BeExactly '3f00'
        AfterWrite 'ffff' { param($b) host_writeAnsiZ $b 0 2 (Str 0x81) } | Should -BeExactly '8100'
        AfterWrite 'ffff' { param($b) host_writeAnsiZ $b 0 2 (Str 0x100) } | Should -BeExactly '3f00'
    }
    It 'writeAnsiZ reports text that does not fit' {
        ErrorOf { host_writeAnsiZ (host_bytesAlloc 8) 0 4 'abcd' } | Should -BeExactly 'W2D9003: text needs 5 bytes with its NUL terminator but the field holds 4'
        ErrorOf { host_writeAnsiZ (host_bytesAlloc 3) 0 4 'ab' } | Should -BeExactly 'W2D9001: write of 4 bytes at offset 0 is outside a buffer of 3 bytes'
    }
}

Describe 'UTF-16 strings' {
    It 'readUtf16Z stops at a NUL unit or the end of the field' {
        host_readUtf16Z (Hex '410042000000') 0 6 | Should -BeExactly 'AB'
        host_readUtf16Z (Hex '41004200') 0 4 | Should -BeExactly 'AB'
        host_readUtf16Z (Hex '4100420043') 0 5 | Should -BeExactly 'AB'
        host_readUtf16Z (Hex '00410042') 1 2 | Should -BeExactly 'A'
        Codes (host_readUtf16Z (Hex '3dd800de') 0 4) | Should -BeExactly '55357,56832'
    }
    It 'keeps lone surrogates' {
        Codes (host_readUtf16Z (Hex '00d84100') 0 4) | Should -BeExactly '55296,65'
        Codes (host_readUtf16Z (Hex '00d800004100') 0 6) | Should -BeExactly '55296'
        Codes (host_readUtf16Z (Hex '4100fdff00dc') 0 6) | Should -BeExactly '65,65533,56320'
        Codes (host_readUtf16Z (Hex 'fdff42000000') 0 6) | Should -BeExactly '65533,66'
        AfterWrite 'ffffffff' { param($b) host_writeUtf16Z $b 0 4 (Str 0xDC00) } | Should -BeExactly '00dc0000'
    }
    It 'writeUtf16Z NUL-terminates and zero-pads the field' {
        AfterWrite 'ffffffffffffffff' { param($b) host_writeUtf16Z $b 0 8 'AB' } | Should -BeExactly '4100420000000000'
        AfterWrite 'ffffffffffffffff' { param($b) host_writeUtf16Z $b 0 7 'AB' } | Should -BeExactly '41004200000000ff'
        AfterWrite 'ffffffffffffffff' { param($b) host_writeUtf16Z $b 0 8 'ABC' } | Should -BeExactly '4100420043000000'
        ErrorOf { host_writeUtf16Z (host_bytesAlloc 8) 0 8 'ABCD' } | Should -BeExactly 'W2D9003: text needs 10 bytes with its NUL terminator but the field holds 8'
        ErrorOf { host_readUtf16Z (host_bytesAlloc 8) 6 4 } | Should -BeExactly 'W2D9001: read of 4 bytes at offset 6 is outside a buffer of 8 bytes'
    }
}

Describe 'hex' {
    It 'bytesToHex is lower case without separators' {
        host_bytesToHex (Hex '00ff10ab') | Should -BeExactly '00ff10ab'
        host_bytesToHex (Hex '') | Should -BeExactly ''
    }
    It 'hexToBytes accepts either case and returns [byte[]]' {
        ToHex (host_hexToBytes 'ABcd09') | Should -BeExactly 'abcd09'
        $empty = host_hexToBytes ''
        $empty.GetType().FullName | Should -BeExactly 'System.Byte[]'
        $empty.Length | Should -Be 0
        (host_hexToBytes '7f').GetType().FullName | Should -BeExactly 'System.Byte[]'
    }
    It 'hexToBytes rejects odd lengths and non-hex characters' {
        ErrorOf { host_hexToBytes 'abc' } | Should -BeExactly 'W2D9004: hex text has an odd length of 3'
        ErrorOf { host_hexToBytes 'zz' } | Should -BeExactly 'W2D9004: hex text has a non-hex character at index 0'
        ErrorOf { host_hexToBytes 'az' } | Should -BeExactly 'W2D9004: hex text has a non-hex character at index 1'
        ErrorOf { host_hexToBytes '0x12' } | Should -BeExactly 'W2D9004: hex text has a non-hex character at index 1'
        ErrorOf { host_hexToBytes '12 4' } | Should -BeExactly 'W2D9004: hex text has a non-hex character at index 2'
        ErrorOf { host_hexToBytes (Str 0x661, 0x662) } | Should -BeExactly 'W2D9004: hex text has a non-hex character at index 0'
    }
}

Describe 'hexListToBytes' {
    It 'reads regedit hex lists, either case, as [byte[]]' {
        ToHex (host_hexListToBytes '00,ff,1A,b2') | Should -BeExactly '00ff1ab2'
        ToHex (host_hexListToBytes '7f') | Should -BeExactly '7f'
        (host_hexListToBytes '7f').GetType().FullName | Should -BeExactly 'System.Byte[]'
        $empty = host_hexListToBytes ''
        $empty.GetType().FullName | Should -BeExactly 'System.Byte[]'
        $empty.Length | Should -Be 0
    }
    It 'gives $null for anything else: <List>' -ForEach @(
        @{ List = '00,' }, @{ List = ',00' }, @{ List = '0,00' }, @{ List = '000' }, @{ List = '00,,01' }, @{ List = '00, 01' },
        @{ List = '0g' }, @{ List = '00;01' }, @{ List = ' 00' }, @{ List = "00`n" }, @{ List = '00,01\' }
    ) {
        host_hexListToBytes $List | Should -BeNullOrEmpty
        $null -eq (host_hexListToBytes $List) | Should -BeTrue
    }
    It 'gives $null for Unicode digits' {
        $null -eq (host_hexListToBytes (Str 0x661, 0x662)) | Should -BeTrue
    }
}

Describe 'decodeText' {
    It '<In> -> <Encoding>' -ForEach $decodeCases {
        $r = host_decodeText (Hex $In)
        $r -is [System.Management.Automation.PSCustomObject] | Should -BeTrue
        (@($r.PSObject.Properties | ForEach-Object { $_.Name }) -join ',') | Should -BeExactly 'text,encoding'
        $r.text.GetType().FullName | Should -BeExactly 'System.String'
        Codes $r.text | Should -BeExactly ($Text -join ',')
        $r.encoding | Should -BeExactly $Encoding
    }
}

Describe 'encodeText' {
    It 'encodes each supported encoding as [byte[]]' {
        ToHex (host_encodeText 'AB' 'utf16le-bom') | Should -BeExactly 'fffe41004200'
        ToHex (host_encodeText (Str 0x41, 0xE9) 'utf8') | Should -BeExactly '41c3a9'
        ToHex (host_encodeText (Str 0x41, 0xE9) 'utf8-bom') | Should -BeExactly 'efbbbf41c3a9'
        ToHex (host_encodeText (Str 0x41, 0xE9, 0x20AC) 'ansi') | Should -BeExactly '41e980'
        ToHex (host_encodeText '' 'utf8-bom') | Should -BeExactly 'efbbbf'
        ToHex (host_encodeText '' 'utf16le-bom') | Should -BeExactly 'fffe'
        foreach ($enc in @('ansi', 'utf8')) {
            $e = host_encodeText '' $enc
            $e.GetType().FullName | Should -BeExactly 'System.Byte[]'
            $e.Length | Should -Be 0
        }
        (host_encodeText 'x' 'utf8').GetType().FullName | Should -BeExactly 'System.Byte[]'
        (host_encodeText 'x' 'ansi').GetType().FullName | Should -BeExactly 'System.Byte[]'
    }
    It 'handles surrogates: UTF-16 keeps them, UTF-8 writes U+FFFD for lone ones, ANSI writes ?' {
        ToHex (host_encodeText (Str 0xD83D, 0xDE00) 'utf8') | Should -BeExactly 'f09f9880'
        ToHex (host_encodeText (Str 0xD800, 0x78) 'utf8') | Should -BeExactly 'efbfbd78'
        ToHex (host_encodeText (Str 0xDC00, 0xD800) 'utf8') | Should -BeExactly 'efbfbdefbfbd'
        ToHex (host_encodeText (Str 0x61, 0xD800) 'utf16le-bom') | Should -BeExactly 'fffe610000d8'
        ToHex (host_encodeText (Str 0xD83D, 0xDE00, 0xD800) 'ansi') | Should -BeExactly '3f3f'
    }
    It 'matches the name exactly' {
        ErrorOf { host_encodeText 'x' 'UTF8' } | Should -BeExactly "W2D9005: unknown text encoding 'UTF8'"
        ErrorOf { host_encodeText 'x' 'utf16be-bom' } | Should -BeExactly "W2D9005: unknown text encoding 'utf16be-bom'"
    }
    It 'round-trips through decodeText' {
        $text = 'Winsock ' + (Str 0x20AC, 0x20, 0xE9, 0x20, 0xD83D, 0xDE00)
        foreach ($enc in @('utf16le-bom', 'utf8-bom', 'utf8')) {
            $r = host_decodeText (host_encodeText $text $enc)
            $r.text | Should -BeExactly $text
            $r.encoding | Should -BeExactly $enc
        }
    }
}

Describe 'sha256Hex' {
    It 'hashes' {
        host_sha256Hex (host_encodeText 'abc' 'utf8') | Should -BeExactly 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
        host_sha256Hex (Hex '') | Should -BeExactly 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    }
}

Describe 'files' {
    BeforeAll {
        $script:Dir = Join-Path ([System.IO.Path]::GetTempPath()) ('w2d-host-pester-' + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $script:Dir
    }
    AfterAll {
        Remove-Item -LiteralPath $script:Dir -Recurse -Force
    }

    It 'readFileBytes reads a file as [byte[]] and reports what cannot be read' {
        $f = Join-Path $script:Dir 'read.bin'
        [System.IO.File]::WriteAllBytes($f, (Hex '0001ff'))
        $b = host_readFileBytes $f
        $b.GetType().FullName | Should -BeExactly 'System.Byte[]'
        ToHex $b | Should -BeExactly '0001ff'
        $e = Join-Path $script:Dir 'empty.bin'
        [System.IO.File]::WriteAllBytes($e, (Hex ''))
        (host_readFileBytes $e).GetType().FullName | Should -BeExactly 'System.Byte[]'
        $missing = Join-Path $script:Dir 'missing.bin'
        ErrorOf { host_readFileBytes $missing } | Should -BeExactly ("W2D9010: cannot read file '" + $missing + "'")
        ErrorOf { host_readFileBytes $script:Dir } | Should -BeExactly ("W2D9010: cannot read file '" + $script:Dir + "'")
    }

    It 'readFileBytes resolves a relative path against the current location' {
        Push-Location -LiteralPath $script:Dir
        try {
            ToHex (host_readFileBytes 'read.bin') | Should -BeExactly '0001ff'
            host_fileExists 'read.bin' | Should -BeTrue
        } finally {
            Pop-Location
        }
    }

    It 'writeFileAtomic writes, overwrites and leaves no temporary file' {
        $sub = Join-Path $script:Dir 'atomic'
        $null = New-Item -ItemType Directory -Path $sub
        $f = Join-Path $sub 'out.reg'
        @(host_writeFileAtomic $f (Hex '010203')).Count | Should -Be 0
        ToHex ([System.IO.File]::ReadAllBytes($f)) | Should -BeExactly '010203'
        host_writeFileAtomic $f (Hex 'ff')
        ToHex ([System.IO.File]::ReadAllBytes($f)) | Should -BeExactly 'ff'
        host_writeFileAtomic $f (Hex '')
        ([System.IO.File]::ReadAllBytes($f)).Length | Should -Be 0
        @([System.IO.Directory]::GetFileSystemEntries($sub) | ForEach-Object { [System.IO.Path]::GetFileName($_) }) -join ',' | Should -BeExactly 'out.reg'
    }

    It 'writeFileAtomic reports a missing folder and a directory target, leaving nothing behind' {
        $bad = Join-Path (Join-Path $script:Dir 'no-such-folder') 'x.bin'
        ErrorOf { host_writeFileAtomic $bad (Hex '01') } | Should -BeExactly ("W2D9011: cannot write file '" + $bad + "'")
        $sub = Join-Path $script:Dir 'target-is-dir'
        $null = New-Item -ItemType Directory -Path (Join-Path $sub 'd')
        ErrorOf { host_writeFileAtomic (Join-Path $sub 'd') (Hex '01') } | Should -BeLike 'W2D9011: cannot write file *'
        @([System.IO.Directory]::GetFileSystemEntries($sub) | ForEach-Object { [System.IO.Path]::GetFileName($_) }) -join ',' | Should -BeExactly 'd'
    }

    It 'fileExists is true for files only' {
        $f = Join-Path $script:Dir 'exists.dll'
        [System.IO.File]::WriteAllText($f, 'x')
        host_fileExists $f | Should -BeExactly $true
        host_fileExists $script:Dir | Should -BeExactly $false
        host_fileExists (Join-Path $script:Dir 'nope.dll') | Should -BeExactly $false
        host_fileExists '' | Should -BeExactly $false
        host_fileExists ('a' + [char]0 + 'b') | Should -BeExactly $false
    }

    It 'fileExists treats backslashes as separators off Windows' -Skip:$onWindows {
        $null = New-Item -ItemType Directory -Path (Join-Path (Join-Path $script:Dir 'Win') 'System32')
        [System.IO.File]::WriteAllText((Join-Path (Join-Path (Join-Path $script:Dir 'Win') 'System32') 'mswsock.dll'), 'x')
        host_fileExists ($script:Dir + '/Win\System32\mswsock.dll') | Should -BeTrue
        host_fileExists ($script:Dir + '/Win\System32\missing.dll') | Should -BeFalse
    }
}

Describe 'environment' {
    BeforeAll {
        $script:SavedEnv = @{}
        function Set-TestEnv {
            param([string] $Name, $Value)
            if (-not $script:SavedEnv.ContainsKey($Name)) { $script:SavedEnv[$Name] = [System.Environment]::GetEnvironmentVariable($Name) }
            if ($null -eq $Value) { $Value = [NullString]::Value }
            [System.Environment]::SetEnvironmentVariable($Name, $Value)
        }
    }
    AfterEach {
        foreach ($k in @($script:SavedEnv.Keys)) {
            $v = $script:SavedEnv[$k]
            if ($null -eq $v) { $v = [NullString]::Value }
            [System.Environment]::SetEnvironmentVariable($k, $v)
        }
        $script:SavedEnv.Clear()
    }

    It 'getEnv returns the value or $null' {
        Set-TestEnv 'W2D_TEST_GETENV' 'v=1'
        host_getEnv 'W2D_TEST_GETENV' | Should -BeExactly 'v=1'
        Set-TestEnv 'W2D_TEST_GETENV' $null
        $null -eq (host_getEnv 'W2D_TEST_GETENV') | Should -BeTrue
        $null -eq (host_getEnv '') | Should -BeTrue
    }

    It 'expandCatalogPath expands %VAR% case-insensitively and leaves unknown references' {
        Set-TestEnv 'W2D_T_DIR' 'C:\Dir'
        Set-TestEnv 'W2D_T_UNSET' $null
        host_expandCatalogPath '%w2d_t_dir%\a.dll' 64 | Should -BeExactly 'C:\Dir\a.dll'
        host_expandCatalogPath '%W2D_T_DIR%%W2D_T_DIR%' 64 | Should -BeExactly 'C:\DirC:\Dir'
        host_expandCatalogPath '%W2D_T_UNSET%\a.dll' 64 | Should -BeExactly '%W2D_T_UNSET%\a.dll'
        host_expandCatalogPath '%W2D_T_UNSET%W2D_T_DIR%' 64 | Should -BeExactly '%W2D_T_UNSETC:\Dir'
        host_expandCatalogPath '%%' 64 | Should -BeExactly '%%'
        host_expandCatalogPath '50%' 32 | Should -BeExactly '50%'
        host_expandCatalogPath '%' 32 | Should -BeExactly '%'
        host_expandCatalogPath '' 32 | Should -BeExactly ''
        Set-TestEnv 'W2D_T_PCT' '%W2D_T_DIR%'
        host_expandCatalogPath '%W2D_T_PCT%' 64 | Should -BeExactly '%W2D_T_DIR%'
    }

    It 'expandCatalogPath maps system32 under the Windows directory to SysWOW64 for bitness 32' {
        Set-TestEnv 'SystemRoot' 'C:\Windows'
        Set-TestEnv 'windir' 'C:\Windows'
        host_expandCatalogPath '%SystemRoot%\system32\mswsock.dll' 32 | Should -BeExactly 'C:\Windows\SysWOW64\mswsock.dll'
        host_expandCatalogPath '%SystemRoot%\system32\mswsock.dll' 64 | Should -BeExactly 'C:\Windows\system32\mswsock.dll'
        host_expandCatalogPath 'c:\windows\SYSTEM32\x.dll' 32 | Should -BeExactly 'c:\windows\SysWOW64\x.dll'
        host_expandCatalogPath '%windir%\System32\drivers\x.sys' 32 | Should -BeExactly 'C:\Windows\SysWOW64\drivers\x.sys'
        host_expandCatalogPath 'C:\Windows\System32Extra\x.dll' 32 | Should -BeExactly 'C:\Windows\System32Extra\x.dll'
        host_expandCatalogPath 'D:\Windows\System32\x.dll' 32 | Should -BeExactly 'D:\Windows\System32\x.dll'
        host_expandCatalogPath 'C:\Windows\sub\System32\x.dll' 32 | Should -BeExactly 'C:\Windows\sub\System32\x.dll'
        host_expandCatalogPath 'C:\Windows\System32' 32 | Should -BeExactly 'C:\Windows\System32'
    }

    It 'expandCatalogPath uses WINSOCK2DOCTOR_SYSTEMROOT off Windows' -Skip:$onWindows {
        foreach ($n in @('SystemRoot', 'SYSTEMROOT', 'windir', 'WINDIR', 'WINSOCK2DOCTOR_SYSTEMROOT')) { Set-TestEnv $n $null }
        host_expandCatalogPath '%SystemRoot%\system32\mswsock.dll' 64 | Should -BeExactly '%SystemRoot%\system32\mswsock.dll'
        host_expandCatalogPath '%SystemRoot%\system32\mswsock.dll' 32 | Should -BeExactly '%SystemRoot%\SysWOW64\mswsock.dll'
        Set-TestEnv 'WINSOCK2DOCTOR_SYSTEMROOT' '/sim/win'
        host_expandCatalogPath '%SystemRoot%\System32\mswsock.dll' 64 | Should -BeExactly '/sim/win\System32\mswsock.dll'
        host_expandCatalogPath '%SYSTEMROOT%\System32\mswsock.dll' 32 | Should -BeExactly '/sim/win\SysWOW64\mswsock.dll'
        host_expandCatalogPath '%windir%\system32\x.dll' 32 | Should -BeExactly '/sim/win\SysWOW64\x.dll'
        Set-TestEnv 'WINSOCK2DOCTOR_SYSTEMROOT' '/sim/win/'
        host_expandCatalogPath '%windir%system32\x.dll' 32 | Should -BeExactly '/sim/win/SysWOW64\x.dll'
        Set-TestEnv 'SystemRoot' '/real'
        host_expandCatalogPath '%SystemRoot%\system32\x.dll' 32 | Should -BeExactly '/real\SysWOW64\x.dll'
    }
}

Describe 'system' {
    It 'nowUtcIso is ISO 8601 UTC with milliseconds, now' {
        $s = host_nowUtcIso
        $s | Should -MatchExactly '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$'
        $t = [System.DateTime]::ParseExact($s, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
        [Math]::Abs(([System.DateTime]::UtcNow - $t).TotalSeconds) | Should -BeLessThan 5
    }
    It 'computerName, platform, osVersion and isElevated return strings and a boolean' {
        $name = host_computerName
        $name.GetType().FullName | Should -BeExactly 'System.String'
        $name.Length | Should -BeGreaterThan 0
        if ($script:OnWindows) { host_platform | Should -BeExactly 'Windows' } else { host_platform | Should -BeExactly 'Unix' }
        $v = host_osVersion
        $v.GetType().FullName | Should -BeExactly 'System.String'
        if ($script:OnWindows) {
            $v | Should -Match '^\d+\.\d+\.\d+$'
        } elseif (Test-Path -LiteralPath '/proc/sys/kernel/osrelease') {
            $v | Should -BeExactly ([System.IO.File]::ReadAllText('/proc/sys/kernel/osrelease').Trim())
        }
        (host_isElevated).GetType().FullName | Should -BeExactly 'System.Boolean'
        if (-not $script:OnWindows) { host_isElevated | Should -Be ((& id -u) -eq '0') }
    }
    It 'runNetsh is not available off Windows' -Skip:$onWindows {
        $a = New-Object System.Collections.Generic.List[object]
        $a.Add('winsock'); $a.Add('show'); $a.Add('catalog')
        ErrorOf { host_runNetsh $a } | Should -BeExactly 'W2D9020: netsh is not available on this system'
    }
    It 'runNetsh runs netsh' -Skip:(-not $onWindows) {
        $a = New-Object System.Collections.Generic.List[object]
        $a.Add('/?')
        $r = host_runNetsh $a
        (@($r.PSObject.Properties | ForEach-Object { $_.Name }) -join ',') | Should -BeExactly 'exitCode,output'
        $r.exitCode.GetType().FullName | Should -BeExactly 'System.Int32'
        $r.output.Length | Should -BeGreaterThan 0
    }
}

Describe 'Windows PowerShell 5.1 / .NET Framework 4.5 API use in src/host/ps' {
    # Syntax is checked for every shipped file by PowerShell51Syntax.Tests.ps1; this catches .NET APIs
    # and automatic variables that exist only in .NET (Core) / pwsh 7. The one exception: a line that
    # uses a static member only after testing that it exists, `if ($null -ne [Type]::Member) { ... }`
    # (the lines after it are the Windows PowerShell 5.1 fallback).
    It 'uses no .NET (Core)-only API or pwsh-only variable (except behind an existence test)' {
        $banned = @(
            'ToHexString', 'FromHexString', 'BinaryPrimitives', 'Encoding\]::Latin1', 'IsFinite', 'Math\]::Clamp',
            'Array\]::Fill', '\.ArgumentList', 'ReplaceLineEndings', 'Add-Type', '\$IsWindows', '\$IsLinux', '\$IsMacOS',
            '\$IsCoreCLR', 'RuntimeInformation', 'Environment\]::ProcessId', 'OperatingSystem\]::', 'HashData',
            'File\]::Move\([^,()]*,[^,()]*,', '\.Contains\(\[char\]', 'Split\(\[string\]', 'ConvertTo-Json', 'ConvertFrom-Json'
        )
        $problems = New-Object System.Collections.Generic.List[string]
        foreach ($file in (Get-ChildItem -LiteralPath $script:PsDir -Filter '*.ps1' | Sort-Object Name)) {
            $n = 0
            foreach ($line in [System.IO.File]::ReadAllLines($file.FullName)) {
                $n++
                if ($line.TrimStart().StartsWith('#')) { continue }
                $guarded = ''
                if ($line -match '^\s*if \(\$null -ne \[[\w.]+\]::(\w+)\) \{') { $guarded = $Matches[1] }
                foreach ($pattern in $banned) {
                    if ($pattern -eq $guarded) { continue }
                    if ($line -match $pattern) { $problems.Add(('{0}:{1}: {2}' -f $file.Name, $n, $pattern)) }
                }
            }
        }
        ($problems -join "`n") | Should -BeExactly ''
    }
}
