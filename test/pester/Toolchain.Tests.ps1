# The suite runs on the project's pinned toolchain, and build.ps1 is documented for admins.

BeforeAll {
    . (Join-Path $PSScriptRoot '_common.ps1')
    $script:RepoRoot = Get-W2DRepoRoot
}

Describe 'Pinned toolchain' {
    It 'runs on PowerShell 7.6.9' {
        $PSVersionTable.PSVersion.ToString() | Should -Be '7.6.9'
    }

    It 'runs in the pinned pwsh from .tools/pwsh (not a system-wide PowerShell)' {
        # The tool shim .tools/pwsh/pwsh starts the pwsh.dll kept in .tools/pwsh/.store/.
        $store = [System.IO.Path]::GetFullPath((Join-Path (Split-Path -Parent (Get-W2DPwshPath)) '.store'))
        [System.IO.Path]::GetFullPath($PSHOME) | Should -BeLike "$store*"
    }

    It 'has exactly one Pester loaded: 5.7.1 from .tools/nuget, not an inbox copy' {
        $loaded = @(Get-Module -Name Pester)
        $loaded.Count | Should -Be 1
        $loaded[0].Version.ToString() | Should -Be '5.7.1'
        $expectedBase = Split-Path -Parent (Get-W2DPesterManifestPath)
        [System.IO.Path]::GetFullPath($loaded[0].ModuleBase).TrimEnd('/', '\') |
            Should -Be ([System.IO.Path]::GetFullPath($expectedBase).TrimEnd('/', '\'))
    }

    It 'pins PowerShell 7.6.9 (never 7.7) in the .NET tool manifest' {
        $manifest = Get-Content -Raw -LiteralPath (Join-Path $script:RepoRoot '.config/dotnet-tools.json') | ConvertFrom-Json
        $manifest.tools.powershell.version | Should -Be '7.6.9'
        $manifest.tools.powershell.rollForward | Should -BeFalse
    }

    It 'pins Pester [5.7.1] in the restore-only project' {
        $csproj = Get-Content -Raw -LiteralPath (Join-Path $script:RepoRoot 'tools/pester/pester.csproj')
        $csproj | Should -Match '<PackageDownload\s+Include="Pester"\s+Version="\[5\.7\.1\]"\s*/>'
    }
}

Describe 'build.ps1' {
    BeforeAll {
        $script:BuildScript = Join-Path $script:RepoRoot 'build.ps1'
        $script:Help = Get-Help -Name $script:BuildScript -Full
        $script:Command = Get-Command -Name $script:BuildScript
    }

    It 'has comment-based help with a synopsis and a description' {
        $script:Help.Synopsis | Should -Not -BeNullOrEmpty
        $script:Help.Synopsis | Should -Not -BeLike '*build.ps1*[[]*'  # not the auto-generated syntax line
        (@($script:Help.description | ForEach-Object { $_.Text }) -join "`n") | Should -Match 'Build'
    }

    It 'has at least three examples, each with an explanation' {
        $examples = @($script:Help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 3
        foreach ($ex in $examples) {
            $ex.code | Should -Match 'build\.ps1'
            (@($ex.remarks | ForEach-Object { $_.Text }) -join '').Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'declares the switches <_> and documents each' -ForEach @('Build', 'Test', 'Import') {
        $script:Command.Parameters.ContainsKey($_) | Should -BeTrue
        $script:Command.Parameters[$_].ParameterType | Should -Be ([switch])
        $doc = @($script:Help.parameters.parameter | Where-Object name -EQ $_)
        $doc.Count | Should -Be 1
        (@($doc[0].description | ForEach-Object { $_.Text }) -join '').Trim() | Should -Not -BeNullOrEmpty
    }

    It 'is an advanced script ([CmdletBinding()]) with strict mode and Stop on errors' {
        $attributes = @($script:Command.ScriptBlock.Ast.ParamBlock.Attributes | ForEach-Object { $_.TypeName.FullName })
        $attributes | Should -Contain 'CmdletBinding'
        $text = Get-Content -Raw -LiteralPath $script:BuildScript
        $text | Should -Match '(?m)^Set-StrictMode -Version Latest'
        $text | Should -Match "(?m)^\`$ErrorActionPreference = 'Stop'"
    }

    It 'shows its help when called without a switch' {
        $out = & $script:BuildScript | Out-String
        $out | Should -Match 'SYNOPSIS|Builds, tests and imports'
    }

    It 'imports the generated module with -Import, or says to build first when it is missing' {
        $manifest = Get-W2DModuleManifestPath
        if (Test-Path -LiteralPath $manifest -PathType Leaf) {
            # In a child pwsh so the suite's own session is not changed.
            $cmd = "& '$($script:BuildScript.Replace("'", "''"))' -Import; (Get-Module -Name Winsock2Doctor).Name"
            $out = & (Get-W2DPwshPath) -NoProfile -NonInteractive -Command $cmd
            $LASTEXITCODE | Should -Be 0
            @($out)[-1] | Should -Be 'Winsock2Doctor'
        }
        else {
            { & $script:BuildScript -Import } | Should -Throw '*Run .\build.ps1 -Build first*'
        }
    }
}
