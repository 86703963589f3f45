# Restore-WinsockKeys on a registry image (WINSOCK2DOCTOR_REGISTRY): ShouldProcess with ConfirmImpact High,
# -WhatIf changes nothing, -Force and -Confirm:$false restore byte for byte with a safety backup, pipeline
# input, refusals with their W2D IDs as ErrorId and nothing written.
BeforeAll {
    . (Join-Path $PSScriptRoot '_common.ps1')
    Import-Module (Get-W2DModuleManifestPath) -Force
    $script:fixtures = Join-Path (Get-W2DRepoRoot) 'test/fixtures'
    $script:saved = @{ Image = $env:WINSOCK2DOCTOR_REGISTRY; Xdg = $env:XDG_DATA_HOME }
    $script:image = Join-Path $TestDrive 'hklm.reg'
    $env:WINSOCK2DOCTOR_REGISTRY = $script:image
    Copy-Item -LiteralPath (Join-Path $script:fixtures 'win10-x64-lsp.reg') -Destination $script:image
    $script:backup = Backup-WinsockKeys -Destination (Join-Path $TestDrive 'backups')
    $script:replaced = Join-Path $script:fixtures 'win10-x64.reg'

    function Reset-Image {
        Copy-Item -LiteralPath $script:replaced -Destination $script:image -Force
    }
    function Get-ImageHash { (Get-FileHash -LiteralPath $script:image).Hash }
    function Get-W2DError([scriptblock] $Action) {
        $err = $null
        try { & $Action } catch { $err = $_ }
        return $err
    }
}

AfterAll {
    $env:WINSOCK2DOCTOR_REGISTRY = $script:saved.Image
    $env:XDG_DATA_HOME = $script:saved.Xdg
}

Describe 'Restore-WinsockKeys metadata' {
    It 'supports ShouldProcess with ConfirmImpact High and has -Force' {
        $meta = [System.Management.Automation.CommandMetadata]::new((Get-Command Restore-WinsockKeys))
        $meta.SupportsShouldProcess | Should -BeTrue
        $meta.ConfirmImpact | Should -Be 'High'
        (Get-Command Restore-WinsockKeys).Parameters.Keys | Should -Contain 'Force'
        (Get-Command Restore-WinsockKeys).Parameters.Keys | Should -Contain 'WhatIf'
        (Get-Command Restore-WinsockKeys).OutputType.Name | Should -Contain 'Winsock2Doctor.RestoreResult'
    }
}

Describe 'Restore-WinsockKeys' {
    It '-WhatIf changes nothing: same image, no safety backup, a NotRestored result' {
        Reset-Image
        $before = Get-ImageHash
        $safety = Join-Path $TestDrive 'whatif-safety'
        $r = Restore-WinsockKeys -Path $script:backup.Path -Destination $safety -WhatIf
        Get-ImageHash | Should -Be $before
        Test-Path -LiteralPath $safety | Should -BeFalse
        $r.Status | Should -Be 'NotRestored'
        $r.SafetyBackupPath | Should -BeNullOrEmpty
        $r.RebootRequired | Should -BeFalse
    }

    It 'does not restore without -Force when it cannot ask (non-interactive, ConfirmImpact High)' {
        Reset-Image
        $before = Get-ImageHash
        $safety = Join-Path $TestDrive 'unconfirmed-safety'
        $err = Get-W2DError { Restore-WinsockKeys -Path $script:backup.Path -Destination $safety }
        # ShouldProcess asks (ConfirmImpact High >= $ConfirmPreference High) and cannot in -NonInteractive.
        $err.Exception.Message | Should -BeLike '*NonInteractive*'
        Get-ImageHash | Should -Be $before
        Test-Path -LiteralPath $safety | Should -BeFalse
    }

    It '-Force restores byte for byte and returns a Winsock2Doctor.RestoreResult; the safety backup is the replaced keys' {
        Reset-Image
        $safety = Join-Path $TestDrive 'force-safety'
        $r = Restore-WinsockKeys -Path $script:backup.Path -Destination $safety -Force
        @($r).Count | Should -Be 1
        $r.PSObject.TypeNames[0] | Should -Be 'Winsock2Doctor.RestoreResult'
        foreach ($p in 'Path', 'Status', 'Target', 'ManifestChecked', 'SafetyBackupPath', 'Keys', 'Values', 'Writes', 'ExportMatchesBackup', 'RebootRequired') {
            $r.PSObject.Properties.Name | Should -Contain $p
        }
        $r.Status | Should -Be 'Restored'
        $r.Path | Should -Be $script:backup.Path
        $r.Target | Should -Be "registry image $($script:image)"
        $r.ManifestChecked | Should -BeTrue
        $r.Keys | Should -Be 58
        $r.Values | Should -Be 148
        $r.Writes | Should -Be 208
        $r.ExportMatchesBackup | Should -BeTrue
        $r.RebootRequired | Should -BeTrue
        Get-ImageHash | Should -Be (Get-FileHash -LiteralPath $script:backup.Path).Hash
        Split-Path -Parent $r.SafetyBackupPath | Should -Be $safety
        (Get-FileHash -LiteralPath $r.SafetyBackupPath).Hash | Should -Be (Get-FileHash -LiteralPath $script:replaced).Hash
        Test-Path -LiteralPath ($r.SafetyBackupPath -replace '\.reg$', '.json') | Should -BeTrue
    }

    It '-Confirm:$false restores too' {
        Reset-Image
        $r = Restore-WinsockKeys $script:backup.Path -Destination (Join-Path $TestDrive 'confirm-safety') -Confirm:$false
        $r.Status | Should -Be 'Restored'
        Get-ImageHash | Should -Be (Get-FileHash -LiteralPath $script:backup.Path).Hash
    }

    It 'takes the backup from the pipeline (Get-Item: FullName) and uses the default folder for the safety backup' -Skip:($IsWindows) {
        Reset-Image
        try {
            $env:XDG_DATA_HOME = Join-Path $TestDrive 'xdg'
            $r = Get-Item -LiteralPath $script:backup.Path | Restore-WinsockKeys -Force
            $r.Status | Should -Be 'Restored'
            Split-Path -Parent $r.SafetyBackupPath | Should -Be (Join-Path $TestDrive 'xdg/winsock2doctor/backups')
        }
        finally { $env:XDG_DATA_HOME = $script:saved.Xdg }
        Get-ImageHash | Should -Be (Get-FileHash -LiteralPath $script:backup.Path).Hash
    }

    It 'takes an object with a Path property (as Winsock2Doctor.Backup has) from the pipeline and restores a plain export without manifest' {
        $plain = Join-Path $TestDrive 'plain-export.reg'
        Copy-Item -LiteralPath (Join-Path $script:fixtures 'xp-sp2-nwlink.reg') -Destination $plain
        $r = [pscustomobject]@{ Path = $plain } | Restore-WinsockKeys -Destination (Join-Path $TestDrive 'plain-safety') -Force
        $r.ManifestChecked | Should -BeFalse
        $r.Status | Should -Be 'Restored'
        Get-ImageHash | Should -Be (Get-FileHash -LiteralPath $plain).Hash
    }
}

Describe 'Restore-WinsockKeys refusals' {
    BeforeEach {
        Reset-Image
        $script:before = Get-ImageHash
        $script:safety = Join-Path $TestDrive ('refused-' + [guid]::NewGuid().ToString('N'))
    }
    AfterEach {
        Get-ImageHash | Should -Be $script:before
        Test-Path -LiteralPath $script:safety | Should -BeFalse
    }

    It 'refuses a backup edited after it was made: ErrorId W2D1511 (InvalidData)' {
        $edited = Join-Path $TestDrive 'edited.reg'
        Copy-Item -LiteralPath $script:backup.Path -Destination $edited
        Copy-Item -LiteralPath $script:backup.ManifestPath -Destination (Join-Path $TestDrive 'edited.json')
        $text = [System.IO.File]::ReadAllText($edited, [System.Text.Encoding]::Unicode)
        [System.IO.File]::WriteAllText($edited, $text.Replace('dword:0000', 'dword:0001'), [System.Text.Encoding]::Unicode)
        $err = Get-W2DError { Restore-WinsockKeys -Path $edited -Destination $script:safety -Force }
        $err.FullyQualifiedErrorId | Should -Be 'W2D1511,Restore-WinsockKeys'
        $err.CategoryInfo.Category | Should -Be 'InvalidData'
        $err.Exception.Message | Should -BeLike 'W2D1511: *changed after the backup*'
    }

    It 'refuses a crafted backup that writes <Name>: ErrorId W2D1512' -ForEach @(
        @{ Name = 'a Run key'; Key = '[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Run]' }
        @{ Name = 'a deletion of Services\Tcpip'; Key = '[-HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\Tcpip]' }
        @{ Name = 'a sibling through ControlSet001'; Key = '[HKEY_LOCAL_MACHINE\SYSTEM\ControlSet001\Services\WinSock2_evil]' }
    ) {
        $crafted = Join-Path $TestDrive 'crafted.reg'
        $text = [System.IO.File]::ReadAllText($script:backup.Path, [System.Text.Encoding]::Unicode) + "$Key`r`n`r`n"
        [System.IO.File]::WriteAllText($crafted, $text, [System.Text.Encoding]::Unicode)
        $err = Get-W2DError { Restore-WinsockKeys -Path $crafted -Destination $script:safety -Force }
        $err.FullyQualifiedErrorId | Should -Be 'W2D1512,Restore-WinsockKeys'
        $err.Exception.Message | Should -BeLike '*outside Services\Winsock and Services\WinSock2: refused'
        $err.TargetObject | Should -Be $crafted
    }

    It 'refuses a truncated backup with its parse error ID' {
        $cut = Join-Path $TestDrive 'cut.reg'
        $bytes = [System.IO.File]::ReadAllBytes($script:backup.Path)
        [System.IO.File]::WriteAllBytes($cut, $bytes[0..1000])
        $err = Get-W2DError { Restore-WinsockKeys -Path $cut -Destination $script:safety -Force }
        $err.FullyQualifiedErrorId | Should -Match '^W2D10\d\d,Restore-WinsockKeys$'
    }

    It 'refuses a missing file with ErrorId W2D9010 (ObjectNotFound)' {
        $err = Get-W2DError { Restore-WinsockKeys -Path (Join-Path $TestDrive 'missing.reg') -Destination $script:safety -Force }
        $err.FullyQualifiedErrorId | Should -Be 'W2D9010,Restore-WinsockKeys'
        $err.CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Restore-WinsockKeys help' {
    It 'has help with examples and described parameters' {
        $help = Get-Help Restore-WinsockKeys -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 3
        foreach ($p in 'Path', 'Destination', 'Force') { ($help.Parameters.Parameter | Where-Object Name -EQ $p).Description | Should -Not -BeNullOrEmpty }
    }
}
