# Test-Winsock2Catalog: a Report with the verdict, Finding objects with -Detailed, stable error IDs.
BeforeAll {
    . (Join-Path $PSScriptRoot '_common.ps1')
    Import-Module (Get-W2DModuleManifestPath) -Force
    $script:fixtures = Join-Path (Get-W2DRepoRoot) 'test/fixtures'
}

Describe 'Test-Winsock2Catalog -Path' {
    It 'reports the orphaned LSP chains of the README sample as Corrupted, with W2D2010 findings' {
        $out = @(Test-Winsock2Catalog -Path (Join-Path $script:fixtures 'win10-x64-lsp-orphaned.reg') -Detailed)
        $out[0].PSObject.TypeNames[0] | Should -Be 'Winsock2Doctor.Report'
        $out[0].Verdict | Should -Be 'Corrupted'
        $out[0].Errors | Should -Be 8
        $findings = @($out[1..($out.Count - 1)])
        $findings.Count | Should -Be 8
        $findings | ForEach-Object { $_.PSObject.TypeNames[0] } | Select-Object -Unique | Should -Be 'Winsock2Doctor.Finding'
        $findings | ForEach-Object Id | Select-Object -Unique | Should -Be 'W2D2010'
        @($findings | Where-Object Catalog -EQ 'Protocol32').Count | Should -Be 4
        $findings[0].EntryKey | Should -Be '000000000001'
        $findings[0].CatalogEntryId | Should -Be 1016
        $findings[0].Repair | Should -Not -BeNullOrEmpty
        $findings[0].KbSymptom | Should -Not -BeNullOrEmpty
    }

    It 'writes only the report without -Detailed' {
        $out = @(Test-Winsock2Catalog (Join-Path $script:fixtures 'win10-x64-lsp-orphaned.reg'))
        $out.Count | Should -Be 1
        $out[0].Verdict | Should -Be 'Corrupted'
    }

    It 'says Healthy for a healthy catalog and ThirdPartyPresent for a consistent LSP' {
        $healthy = Test-Winsock2Catalog -Path (Join-Path $script:fixtures 'win10-x64.reg') -Detailed
        @($healthy).Count | Should -Be 1
        $healthy.Verdict | Should -Be 'Healthy'
        $healthy.Protocol64Entries | Should -Be 14
        (Test-Winsock2Catalog -Path (Join-Path $script:fixtures 'win10-x64-lsp.reg')).Verdict | Should -Be 'ThirdPartyPresent'
    }

    It 'takes paths from the pipeline (FullName)' {
        $verdicts = Get-Item (Join-Path $script:fixtures 'win10-x64.reg'), (Join-Path $script:fixtures 'win10-x64-dns-nsp-disabled.reg') | Test-Winsock2Catalog | ForEach-Object Verdict
        $verdicts | Should -Be @('Healthy', 'Corrupted')
    }

    It 'has help with examples and described parameters' {
        $help = Get-Help Test-Winsock2Catalog -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        foreach ($p in 'Path', 'Detailed', 'OsProfile') { ($help.Parameters.Parameter | Where-Object Name -EQ $p).Description | Should -Not -BeNullOrEmpty }
    }
}

Describe 'Test-Winsock2Catalog -OsProfile and DllCheck' {
    It 'detects the profile by default and takes a given one instead' {
        $server = Join-Path $script:fixtures 'server2022.reg'
        (Test-Winsock2Catalog -Path $server).OsProfile | Should -Be 'Win8to11'
        (Test-Winsock2Catalog -Path $server -OsProfile Server).OsProfile | Should -Be 'Server'
        (Test-Winsock2Catalog -Path $server -OsProfile Auto).OsProfile | Should -Be 'Win8to11'
    }

    It 'expects IPv6 base providers only where the profile has IPv6 (W2D2028)' {
        $xp = Join-Path $script:fixtures 'xp-sp2-tcpip.reg'
        (Test-Winsock2Catalog -Path $xp).Verdict | Should -Be 'Healthy'
        $out = @(Test-Winsock2Catalog -Path $xp -OsProfile Vista7 -Detailed)
        $out[0].OsProfile | Should -Be 'Vista7'
        $out[0].Verdict | Should -Be 'Degraded'
        @($out | Select-Object -Skip 1 | ForEach-Object Id) | Should -Be @('W2D2028', 'W2D2028')
    }

    It 'accepts only the profile names of the definition' {
        $set = (Get-Command Test-Winsock2Catalog).Parameters['OsProfile'].Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] }
        $set.ValidValues | Should -Be @('Auto', 'XP', 'Vista7', 'Win8to11', 'Server')
        { Test-Winsock2Catalog -Path (Join-Path $script:fixtures 'win10-x64.reg') -OsProfile Win95 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Test-Winsock2Catalog'
    }

    It 'never looks for the DLLs of a saved source (DllCheck NotChecked)' {
        $report = Test-Winsock2Catalog -Path (Join-Path $script:fixtures 'win10-x64.reg')
        $report.DllCheck | Should -Be 'NotChecked'
        $report.PSObject.Properties.Name | Should -Contain 'DllCheck'
    }
}

Describe 'Test-Winsock2Catalog errors' {
    It 'fails on a missing file with ErrorId W2D9010' {
        $err = $null
        try { Test-Winsock2Catalog -Path (Join-Path $TestDrive 'missing.reg') } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be 'W2D9010,Test-Winsock2Catalog'
    }
}
