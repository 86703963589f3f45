# Every PowerShell file that ships or runs on admin machines must parse and run unchanged on
# Windows PowerShell 5.1: the generated module, the hand-written host primitives (src/host/ps),
# the codegen runtime helpers (codegen/runtime) and build.ps1. The checker lives in _common.ps1.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot '_common.ps1')
    $fileCases = @(
        foreach ($f in (Get-W2DPowerShellSourceFile)) {
            @{ Path = $f.FullName; Name = (Get-W2DRelativePath -Path $f.FullName) }
        }
    )
    $rejectCases = @(
        @{ Label = 'ternary'; Snippet = '$a ? 1 : 2'; Expect = 'ternary' }
        @{ Label = 'pipeline chain &&'; Snippet = 'Get-Date && Get-Date'; Expect = 'pipeline chain' }
        @{ Label = 'pipeline chain ||'; Snippet = 'Get-Date || Get-Date'; Expect = 'pipeline chain' }
        @{ Label = 'null-coalescing ??'; Snippet = '$x ?? 1'; Expect = 'null-coalescing operator' }
        @{ Label = 'null-coalescing assignment ??='; Snippet = '$x ??= 1'; Expect = 'null-coalescing assignment' }
        @{ Label = 'null-conditional member ?.'; Snippet = '${x}?.y'; Expect = 'null-conditional' }
        @{ Label = 'null-conditional method ?.()'; Snippet = '${x}?.ToString()'; Expect = 'null-conditional' }
        @{ Label = 'null-conditional index ?[]'; Snippet = '${x}?[0]'; Expect = 'null-conditional' }
        @{ Label = 'class'; Snippet = 'class A {}'; Expect = 'class/enum' }
        @{ Label = 'enum'; Snippet = 'enum E { One }'; Expect = 'class/enum' }
        @{ Label = 'ForEach-Object -Parallel'; Snippet = '1..2 | ForEach-Object -Parallel { $_ }'; Expect = '-Parallel' }
        @{ Label = '% -Parallel'; Snippet = '1..2 | % -Parallel { $_ }'; Expect = '-Parallel' }
        @{ Label = 'ForEach-Object -Para (abbreviated)'; Snippet = '1..2 | ForEach-Object -Para { $_ }'; Expect = '-Parallel' }
        @{ Label = 'clean block'; Snippet = 'function f { process { 1 } clean { 2 } }'; Expect = 'clean block' }
        @{ Label = 'background operator &'; Snippet = 'Get-Date &'; Expect = 'background' }
        @{ Label = 'unicode escape in a string'; Snippet = '"`u{2713}"'; Expect = 'escape' }
        @{ Label = 'parse error'; Snippet = 'if ($true) {'; Expect = 'parse error' }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot '_common.ps1')
}

Describe 'Windows PowerShell 5.1 compatibility of shipped PowerShell files' {
    It 'includes build.ps1 in the files checked' {
        $names = @(Get-W2DPowerShellSourceFile | ForEach-Object { Get-W2DRelativePath -Path $_.FullName })
        $names | Should -Contain 'build.ps1'
    }

    It '<Name> parses and uses only 5.1 syntax' -ForEach $fileCases {
        $problems = @(Get-W2DPs51Violation -Path $Path)
        $problems.Count | Should -Be 0 -Because ("$Name must run unchanged on Windows PowerShell 5.1:`n" + ($problems -join "`n") + "`n")
    }
}

Describe 'The 5.1 syntax checker (Get-W2DPs51Violation)' {
    Context 'rejects PowerShell-7-only syntax' {
        It 'rejects <Label>: <Snippet>' -ForEach $rejectCases {
            $problems = @(Get-W2DPs51Violation -Source $Snippet)
            $problems.Count | Should -BeGreaterThan 0 -Because "'$Snippet' does not run on Windows PowerShell 5.1"
            ($problems -join "`n") | Should -BeLike "*$Expect*"
        }
    }

    Context 'accepts 5.1-safe code' {
        It 'accepts if/else, -and/-or, .NET members, indexing, foreach and ForEach-Object -Process' {
            $snippet = @'
[CmdletBinding()]
param([string] $Name = 'x')
$list = New-Object 'System.Collections.Generic.List[object]'
if ($null -eq $Name) { $v = 1 } else { $v = 2 }
if ($v -gt 1 -and $Name.Length -gt 0 -or $false) { $list.Add($Name.ToUpperInvariant()) }
$h = @{ a = 1 }
$h['a'] = $h.a + $list.Count
foreach ($i in 1..3) { $list.Add($i) }
1..3 | ForEach-Object -Process { $_ * 2 } | Out-Null
& { param($p) $p } 1
"text `t $($h.a) and `$literal"
function Get-Thing { [CmdletBinding()] param() begin { } process { 1 } end { } }
'@
            Get-W2DPs51Violation -Source $snippet | Should -BeNullOrEmpty
        }

        It 'accepts an empty file' {
            Get-W2DPs51Violation -Source '' | Should -BeNullOrEmpty
        }
    }

    Context 'file encoding' {
        It 'rejects a file with non-ASCII characters and no BOM' {
            $file = Join-Path $TestDrive 'nobom.ps1'
            [System.IO.File]::WriteAllText($file, "'caf$([char]0xE9)'", (New-Object System.Text.UTF8Encoding($false)))
            (@(Get-W2DPs51Violation -Path $file) -join "`n") | Should -BeLike '*no UTF-8 BOM*'
        }

        It 'accepts the same file with a UTF-8 BOM' {
            $file = Join-Path $TestDrive 'bom.ps1'
            [System.IO.File]::WriteAllText($file, "'caf$([char]0xE9)'", (New-Object System.Text.UTF8Encoding($true)))
            Get-W2DPs51Violation -Path $file | Should -BeNullOrEmpty
        }

        It 'accepts an ASCII-only file without a BOM' {
            $file = Join-Path $TestDrive 'ascii.ps1'
            [System.IO.File]::WriteAllText($file, "'cafe'", (New-Object System.Text.UTF8Encoding($false)))
            Get-W2DPs51Violation -Path $file | Should -BeNullOrEmpty
        }
    }
}
