# Compare-Winsock2Catalog: CatalogDifference objects (Added / Removed / Changed) matched by identity,
# a CatalogComparison with -Summary, this computer (the registry image) as the default difference,
# pipeline input, stable error IDs.
BeforeAll {
    . (Join-Path $PSScriptRoot '_common.ps1')
    Import-Module (Get-W2DModuleManifestPath) -Force
    $script:fixtures = Join-Path (Get-W2DRepoRoot) 'test/fixtures'
    $script:base = Join-Path $script:fixtures 'win10-x64.reg'
}

Describe 'Compare-Winsock2Catalog' {
    It 'writes the LSP entries as Added CatalogDifference objects' {
        $out = @(Compare-Winsock2Catalog -ReferencePath $script:base -DifferencePath (Join-Path $script:fixtures 'win10-x64-lsp.reg'))
        $out.Count | Should -Be 10
        $out | ForEach-Object { $_.PSObject.TypeNames[0] } | Select-Object -Unique | Should -Be 'Winsock2Doctor.CatalogDifference'
        $out | ForEach-Object Change | Select-Object -Unique | Should -Be 'Added'
        @($out | Where-Object Catalog -EQ 'Protocol32').Count | Should -Be 5
        $out[0].Name | Should -Be 'Fabrikam Web Shield over [MSAFD Tcpip [TCP/IP]]'
        $out[0].DifferenceKey | Should -Be '000000000001'
        $out[0].DifferenceCatalogEntryId | Should -Be 1016
        $out[0].ReferenceKey | Should -BeNullOrEmpty
    }

    It 'writes Removed entries and Changed entries with their changes (positional parameters)' {
        $removed = @(Compare-Winsock2Catalog $script:base (Join-Path $script:fixtures 'win10-x64-entries-removed.reg'))
        ($removed | ForEach-Object { '{0} {1} {2}' -f $_.Change, $_.Catalog, $_.ReferenceKey }) | Should -Be @('Removed Protocol64 000000000005', 'Removed Protocol32 000000000014')
        $changed = @(Compare-Winsock2Catalog $script:base (Join-Path $script:fixtures 'win10-x64-values-damaged.reg') | Where-Object Change -EQ 'Changed')
        $changed.Count | Should -Be 2
        $raw6 = $changed | Where-Object ReferenceKey -EQ '000000000007'
        @($raw6.ChangedFields) | Should -Be @('libraryPath')
        @($raw6.Changes) | Should -Be @('libraryPath: "%SystemRoot%\system32\mswsock.dll" -> "mswsock.dll"')
    }

    It 'writes nothing for identical catalogs, and Identical with -Summary' {
        @(Compare-Winsock2Catalog $script:base $script:base).Count | Should -Be 0
        $summary = Compare-Winsock2Catalog $script:base $script:base -Summary
        $summary.PSObject.TypeNames[0] | Should -Be 'Winsock2Doctor.CatalogComparison'
        $summary.Identical | Should -BeTrue
        $summary.Summary | Should -Be 'Identical'
    }

    It 'counts per catalog with -Summary' {
        $summary = @(Compare-Winsock2Catalog $script:base (Join-Path $script:fixtures 'win11-x64.reg') -Summary)
        $summary.Count | Should -Be 1
        $summary[0].Identical | Should -BeFalse
        $summary[0].Protocol64Changed | Should -Be 4
        $summary[0].NameSpace32Removed | Should -Be 2
        $summary[0].Added | Should -Be 0
    }

    It 'compares with this computer (the registry image) when -DifferencePath is omitted' {
        $saved = $env:WINSOCK2DOCTOR_REGISTRY
        try {
            $env:WINSOCK2DOCTOR_REGISTRY = Join-Path $script:fixtures 'win10-x64-dns-nsp-disabled.reg'
            $out = @(Compare-Winsock2Catalog -ReferencePath $script:base)
            $out.Count | Should -Be 1
            $out[0].Change | Should -Be 'Changed'
            @($out[0].Changes) | Should -Be @('enabled: true -> false')
        }
        finally { $env:WINSOCK2DOCTOR_REGISTRY = $saved }
    }

    It 'takes difference paths from the pipeline (FullName)' {
        $verdicts = Get-Item (Join-Path $script:fixtures 'win10-x64.reg'), (Join-Path $script:fixtures 'win10-x64-lsp.reg') | Compare-Winsock2Catalog -ReferencePath $script:base -Summary | ForEach-Object Identical
        $verdicts | Should -Be @($true, $false)
    }

    It 'resolves relative paths against the PowerShell location' {
        Push-Location $script:fixtures
        try { (Compare-Winsock2Catalog .\win10-x64.reg .\win10-x64-lsp.reg -Summary).Added | Should -Be 10 }
        finally { Pop-Location }
    }

    It 'has help with examples and described parameters' {
        $help = Get-Help Compare-Winsock2Catalog -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 3
        foreach ($p in 'ReferencePath', 'DifferencePath', 'Summary') { ($help.Parameters.Parameter | Where-Object Name -EQ $p).Description | Should -Not -BeNullOrEmpty }
    }
}

Describe 'Compare-Winsock2Catalog errors' {
    It 'fails on a missing reference with ErrorId W2D9010' {
        $err = $null
        try { Compare-Winsock2Catalog -ReferencePath (Join-Path $TestDrive 'missing.reg') -DifferencePath $script:base } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be 'W2D9010,Compare-Winsock2Catalog'
    }

    It 'fails on a missing difference with ErrorId W2D9010' {
        $err = $null
        try { Compare-Winsock2Catalog -ReferencePath $script:base -DifferencePath (Join-Path $TestDrive 'missing.reg') } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be 'W2D9010,Compare-Winsock2Catalog'
    }
}
