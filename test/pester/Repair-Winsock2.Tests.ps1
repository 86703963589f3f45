# Repair-Winsock2: ShouldProcess with ConfirmImpact High (-WhatIf shows every step and changes nothing, no
# -Force in a non-interactive session changes nothing), -Force repairs the registry image after a verified
# backup, offline -Path/-Destination, typed output (Winsock2Doctor.RepairResult with nested
# Winsock2Doctor.RepairStep, also deserialized), Rebuild/-Resume on an XP image, refusals with their W2D IDs.
BeforeAll {
    . (Join-Path $PSScriptRoot '_common.ps1')
    Import-Module (Get-W2DModuleManifestPath) -Force
    $script:fixtures = Join-Path (Get-W2DRepoRoot) 'test/fixtures'
    $script:saved = $env:WINSOCK2DOCTOR_REGISTRY
    $script:image = Join-Path $TestDrive 'hklm.reg'
    $env:WINSOCK2DOCTOR_REGISTRY = $script:image
    $script:orphaned = Join-Path $script:fixtures 'win10-x64-lsp-orphaned.reg'

    function Set-Image([string] $Name) {
        Copy-Item -LiteralPath (Join-Path $script:fixtures $Name) -Destination $script:image -Force
    }
    function Get-Hash([string] $Path) { (Get-FileHash -LiteralPath $Path).Hash }
    function Get-W2DError([scriptblock] $Action) {
        $err = $null
        try { & $Action } catch { $err = $_ }
        return $err
    }
}

AfterAll {
    $env:WINSOCK2DOCTOR_REGISTRY = $script:saved
}

Describe 'Repair-Winsock2 metadata' {
    It 'supports ShouldProcess with ConfirmImpact High, has -Force, and declares Winsock2Doctor.RepairResult' {
        $cmd = Get-Command Repair-Winsock2
        $meta = [System.Management.Automation.CommandMetadata]::new($cmd)
        $meta.SupportsShouldProcess | Should -BeTrue
        $meta.ConfirmImpact | Should -Be 'High'
        foreach ($p in 'Mode', 'RemoveThirdParty', 'IncludeIpReset', 'Resume', 'Path', 'Destination', 'OsProfile', 'BackupFolder', 'Force', 'WhatIf', 'Confirm') {
            $cmd.Parameters.Keys | Should -Contain $p
        }
        $cmd.OutputType.Name | Should -Contain 'Winsock2Doctor.RepairResult'
    }

    It '-Mode is a validate set (Targeted, Reset, Rebuild) and rejects anything else before doing anything' {
        $set = (Get-Command Repair-Winsock2).Parameters['Mode'].Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] }
        @($set.ValidValues) | Should -Be @('Targeted', 'Reset', 'Rebuild')
        $out = Join-Path $TestDrive 'mode.reg'
        $err = Get-W2DError { Repair-Winsock2 -Mode Fix -Path $script:orphaned -Destination $out -Force }
        $err.FullyQualifiedErrorId | Should -Be 'ParameterArgumentValidationError,Repair-Winsock2'
        Test-Path -LiteralPath $out | Should -BeFalse
    }

    It 'has help with examples and described parameters' {
        $help = Get-Help Repair-Winsock2 -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 3
        foreach ($p in 'Mode', 'RemoveThirdParty', 'Resume', 'Path', 'Destination', 'Force') { ($help.Parameters.Parameter | Where-Object Name -EQ $p).Description | Should -Not -BeNullOrEmpty }
    }
}

Describe 'Repair-Winsock2 on the registry image' {
    It '-WhatIf prints every step and changes nothing: same image, no backup, a Declined result with the plan' {
        Set-Image 'win10-x64-lsp-orphaned.reg'
        $before = Get-Hash $script:image
        $folder = Join-Path $TestDrive 'whatif-backups'
        $transcript = Join-Path $TestDrive 'whatif.txt'
        $null = Start-Transcript -LiteralPath $transcript
        try { $r = Repair-Winsock2 -WhatIf -BackupFolder $folder }
        finally { $null = Stop-Transcript }
        Get-Hash $script:image | Should -Be $before
        Test-Path -LiteralPath $folder | Should -BeFalse
        $r.Status | Should -Be 'Declined'
        $r.BackupPath | Should -BeNullOrEmpty
        @($r.Steps | ForEach-Object Action) | Should -Be @('RemoveEntries', 'RemoveEntries', 'UpdateCounters')
        $whatIf = @(Get-Content -LiteralPath $transcript | Where-Object { $_ -like 'What if: *' })
        $whatIf.Count | Should -Be 3
        $whatIf[0] | Should -BeLike '*"RemoveEntries: Protocol64: remove 000000000001 (ID 1016, *orphaned chain*Catalog_Entries64".'
        $whatIf[2] | Should -BeLike '*"UpdateCounters: set Num_Catalog_Entries64 = 14, Num_Catalog_Entries = 14, Serial_Access_Num = 44*'
    }

    It 'does not repair without -Force when it cannot ask (non-interactive, ConfirmImpact High)' {
        Set-Image 'win10-x64-lsp-orphaned.reg'
        $before = Get-Hash $script:image
        $folder = Join-Path $TestDrive 'unconfirmed-backups'
        $err = Get-W2DError { Repair-Winsock2 -BackupFolder $folder }
        $err.Exception.Message | Should -BeLike '*NonInteractive*'
        Get-Hash $script:image | Should -Be $before
        Test-Path -LiteralPath $folder | Should -BeFalse
    }

    It '-Force repairs the image after a verified backup and returns a RepairResult with RepairStep objects' {
        Set-Image 'win10-x64-lsp-orphaned.reg'
        $folder = Join-Path $TestDrive 'force-backups'
        $r = Repair-Winsock2 -Force -BackupFolder $folder
        @($r).Count | Should -Be 1
        $r.PSObject.TypeNames[0] | Should -Be 'Winsock2Doctor.RepairResult'
        $r.PSObject.Properties.Name | Should -Be @('Mode', 'Status', 'Source', 'Destination', 'OsProfile', 'Steps', 'BackupPath', 'VerdictBefore', 'VerdictAfter', 'Remaining', 'RebootRequired', 'RolledBack', 'Message')
        @($r.Steps).Count | Should -Be 3
        $r.Steps | ForEach-Object { $_.PSObject.TypeNames[0] } | Select-Object -Unique | Should -Be 'Winsock2Doctor.RepairStep'
        $r.Steps[0].PSObject.Properties.Name | Should -Be @('Order', 'Action', 'Target', 'Description', 'FindingIds', 'Writes')
        @($r.Steps[0].FindingIds) | Should -Be @('W2D2010')
        $r.Mode | Should -Be 'Targeted'
        $r.Status | Should -Be 'Repaired'
        $r.Source | Should -Be "registry image $($script:image)"
        $r.VerdictBefore | Should -Be 'Corrupted'
        $r.VerdictAfter | Should -Be 'Healthy'
        $r.RebootRequired | Should -BeTrue
        $r.RolledBack | Should -BeFalse
        Split-Path -Parent $r.BackupPath | Should -Be $folder
        Get-Hash $r.BackupPath | Should -Be (Get-Hash $script:orphaned)
        Test-Path -LiteralPath ($r.BackupPath -replace '\.reg$', '.json') | Should -BeTrue
        (Test-Winsock2Catalog).Verdict | Should -Be 'Healthy'
        $script:forced = $r
        $script:forcedImageHash = Get-Hash $script:image
    }

    It 'the result formats also after serialization (Deserialized.Winsock2Doctor.RepairResult / RepairStep views)' {
        $d = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($script:forced, 3))
        $d.PSObject.TypeNames[0] | Should -Be 'Deserialized.Winsock2Doctor.RepairResult'
        $d.Steps[0].PSObject.TypeNames[0] | Should -Be 'Deserialized.Winsock2Doctor.RepairStep'
        $list = $d | Format-List | Out-String -Width 200
        $list | Should -Match '(?m)^VerdictBefore\s+: Corrupted'
        $list | Should -Match '(?m)^BackupPath\s+: .+\.reg'
        $list | Should -Not -Match '(?m)^Steps\s+:'
        $table = $d.Steps | Format-Table | Out-String -Width 250
        $table | Should -Match '(?m)^Order\s+Action\s+Target\s+FindingIds\s+Writes\s+Description'
        $table | Should -Match '(?m)^1\s+RemoveEntries\s+HKEY_LOCAL_MACHINE'
    }

    It "Rebuild on an XP image: deletes both keys (RestartRequired), -Resume writes XP's default catalog, a second -Resume is refused (W2D3009)" {
        Set-Image 'xp-sp2-nwlink.reg'
        $folder = Join-Path $TestDrive 'rebuild'
        $first = Repair-Winsock2 -Mode Rebuild -Force -BackupFolder $folder
        $first.Status | Should -Be 'RestartRequired'
        $first.RebootRequired | Should -BeTrue
        @($first.Steps | ForEach-Object Action) | Should -Be @('DeleteWinsockKeys')
        Get-Hash $first.BackupPath | Should -Be (Get-Hash (Join-Path $script:fixtures 'xp-sp2-nwlink.reg'))
        $second = Repair-Winsock2 -Mode Rebuild -Resume -Force -BackupFolder $folder
        $second.Status | Should -Be 'Repaired'
        $second.OsProfile | Should -Be 'XP'
        $second.VerdictAfter | Should -Be 'Healthy'
        Get-Hash $script:image | Should -Be (Get-Hash (Join-Path $script:fixtures 'xp-sp2-tcpip.reg'))
        $err = Get-W2DError { Repair-Winsock2 -Mode Rebuild -Resume -Force -BackupFolder $folder }
        $err.FullyQualifiedErrorId | Should -Be 'W2D3009,Repair-Winsock2'
    }
}

Describe 'Repair-Winsock2 offline (-Path, -Destination)' {
    It 'repairs a copy, relative paths against the location; the input and the image are not touched' {
        Set-Image 'win10-x64-entries-removed.reg'
        $imageBefore = Get-Hash $script:image
        $inputBefore = Get-Hash $script:orphaned
        Push-Location $TestDrive
        try { $r = Repair-Winsock2 -Path $script:orphaned -Destination .\fixed.reg -Force }
        finally { Pop-Location }
        $fixed = Join-Path $TestDrive 'fixed.reg'
        $r.Destination | Should -Be $fixed
        $r.Status | Should -Be 'Repaired'
        $r.BackupPath | Should -BeNullOrEmpty
        $r.RebootRequired | Should -BeFalse
        (Test-Winsock2Catalog -Path $fixed).Verdict | Should -Be 'Healthy'
        # The same bytes as the repaired image of the test above.
        Get-Hash $fixed | Should -Be $script:forcedImageHash
        Get-Hash $script:orphaned | Should -Be $inputBefore
        Get-Hash $script:image | Should -Be $imageBefore
    }

    It 'says when Targeted cannot fix it and names Reset (Incomplete); -Mode Reset then repairs it' {
        $in = Join-Path $script:fixtures 'win10-x64-values-damaged.reg'
        $t = Repair-Winsock2 -Path $in -Destination (Join-Path $TestDrive 'targeted.reg') -Force
        $t.Status | Should -Be 'Incomplete'
        $t.Message | Should -BeLike '*-Mode Reset*'
        @($t.Remaining) | Should -Be @('W2D2015')
        $r = Repair-Winsock2 -Mode Reset -Path $in -Destination (Join-Path $TestDrive 'reset.reg') -Force
        $r.Status | Should -Be 'Repaired'
        (Test-Winsock2Catalog -Path (Join-Path $TestDrive 'reset.reg')).Verdict | Should -Be 'Healthy'
    }

    It 'nothing to do on a healthy catalog: NothingToDo, and -Destination holds the input unchanged (-Confirm:$false); -WhatIf writes nothing' {
        $in = Join-Path $script:fixtures 'win10-x64-lsp.reg'
        $none = Join-Path $TestDrive 'none.reg'
        $w = Repair-Winsock2 -Path $in -Destination $none -WhatIf
        $w.Status | Should -Be 'NothingToDo'
        Test-Path -LiteralPath $none | Should -BeFalse
        $out = Join-Path $TestDrive 'same.reg'
        $r = Repair-Winsock2 -Path $in -Destination $out -Confirm:$false
        $r.Status | Should -Be 'NothingToDo'
        $r.VerdictAfter | Should -Be 'ThirdPartyPresent'
        @($r.Steps).Count | Should -Be 0
        Get-Hash $out | Should -Be (Get-Hash $in)
    }
}

Describe 'Repair-Winsock2 refusals' {
    BeforeEach {
        Set-Image 'win10-x64-lsp-orphaned.reg'
        $script:before = Get-Hash $script:image
        $script:out = Join-Path $TestDrive ('refused-' + [guid]::NewGuid().ToString('N') + '.reg')
        $script:folder = Join-Path $TestDrive ('refused-' + [guid]::NewGuid().ToString('N'))
    }
    AfterEach {
        Get-Hash $script:image | Should -Be $script:before
        Test-Path -LiteralPath $script:out | Should -BeFalse
        Test-Path -LiteralPath $script:folder | Should -BeFalse
    }

    It 'refuses <Why>: ErrorId <Id>' -ForEach @(
        @{ Id = 'W2D3002'; Why = '-Path without -Destination'; Action = { Repair-Winsock2 -Path $script:orphaned -Force -BackupFolder $script:folder } }
        @{ Id = 'W2D3003'; Why = '-Destination equal to -Path'; Action = { Repair-Winsock2 -Path $script:orphaned -Destination $script:orphaned -Force -BackupFolder $script:folder } }
        @{ Id = 'W2D3004'; Why = '-Destination without -Path'; Action = { Repair-Winsock2 -Destination $script:out -Force -BackupFolder $script:folder } }
        @{ Id = 'W2D3007'; Why = 'Rebuild on a Windows 10 catalog'; Action = { Repair-Winsock2 -Mode Rebuild -Force -BackupFolder $script:folder } }
        @{ Id = 'W2D3008'; Why = 'Rebuild offline'; Action = { Repair-Winsock2 -Mode Rebuild -Path (Join-Path $script:fixtures 'xp-sp2-tcpip.reg') -Destination $script:out -Force } }
        @{ Id = 'W2D3010'; Why = '-Resume without Rebuild'; Action = { Repair-Winsock2 -Resume -Force -BackupFolder $script:folder } }
        @{ Id = 'W2D3014'; Why = 'netsh text as input'; Action = { Repair-Winsock2 -Path (Join-Path $script:fixtures 'netsh/en-win10-astrill-lsp.txt') -Destination $script:out -Force } }
    ) {
        $err = Get-W2DError $Action
        $err.FullyQualifiedErrorId | Should -Be "$Id,Repair-Winsock2"
        $err.Exception.Message | Should -BeLike "${Id}: *"
    }
}
