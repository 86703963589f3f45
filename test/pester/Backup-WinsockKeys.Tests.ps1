# Backup-WinsockKeys on a registry image (WINSOCK2DOCTOR_REGISTRY): a Winsock2Doctor.Backup object, a .reg
# equal to the image and a manifest beside it, private files, never overwritten, the default folder, -Path,
# stable error IDs.
BeforeAll {
    . (Join-Path $PSScriptRoot '_common.ps1')
    Import-Module (Get-W2DModuleManifestPath) -Force
    $script:fixtures = Join-Path (Get-W2DRepoRoot) 'test/fixtures'
    $script:saved = @{ Image = $env:WINSOCK2DOCTOR_REGISTRY; Xdg = $env:XDG_DATA_HOME; Home = $env:HOME }
    $script:image = Join-Path $TestDrive 'hklm.reg'
    Copy-Item -LiteralPath (Join-Path $script:fixtures 'win10-x64-lsp.reg') -Destination $script:image
    $env:WINSOCK2DOCTOR_REGISTRY = $script:image
    $script:backup = Backup-WinsockKeys -Destination (Join-Path $TestDrive 'first')
}

AfterAll {
    $env:WINSOCK2DOCTOR_REGISTRY = $script:saved.Image
    $env:XDG_DATA_HOME = $script:saved.Xdg
    $env:HOME = $script:saved.Home
}

Describe 'Backup-WinsockKeys' {
    It 'returns one Winsock2Doctor.Backup with Path, ManifestPath, Sha256, Entries, Verdict, Time' {
        @($script:backup).Count | Should -Be 1
        $script:backup.PSObject.TypeNames[0] | Should -Be 'Winsock2Doctor.Backup'
        foreach ($p in 'Path', 'ManifestPath', 'Sha256', 'Entries', 'Verdict', 'Time', 'ComputerName', 'Source') {
            $script:backup.PSObject.Properties.Name | Should -Contain $p
        }
        $script:backup.Entries | Should -Be 48
        $script:backup.Verdict | Should -Be 'ThirdPartyPresent'
        $script:backup.Source | Should -Be "registry image $($script:image)"
        $script:backup.Time | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$'
        (Split-Path -Leaf $script:backup.Path) | Should -Match '^Winsock2Doctor-[A-Za-z0-9_-]+-\d{8}T\d{9}Z-01\.reg$'
        $script:backup.ManifestPath | Should -Be ($script:backup.Path -replace '\.reg$', '.json')
    }

    It 'writes a .reg equal to the image byte for byte, with the SHA-256 it reports' {
        (Get-FileHash -LiteralPath $script:backup.Path).Hash | Should -Be (Get-FileHash -LiteralPath $script:image).Hash
        (Get-FileHash -LiteralPath $script:backup.Path).Hash.ToLowerInvariant() | Should -BeExactly $script:backup.Sha256
    }

    It 'writes the manifest with every field' {
        $m = Get-Content -Raw -LiteralPath $script:backup.ManifestPath | ConvertFrom-Json
        @($m.PSObject.Properties.Name) | Should -Be @('format', 'formatVersion', 'computerName', 'osProfile', 'timeUtc', 'source', 'registryFile', 'sha256', 'entries', 'verdict', 'toolVersion')
        $m.format | Should -Be 'winsock2doctor-backup'
        $m.formatVersion | Should -Be 1
        $m.computerName | Should -Be ([System.Environment]::MachineName)
        $m.osProfile | Should -Be 'Win8to11'
        $m.registryFile | Should -Be (Split-Path -Leaf $script:backup.Path)
        $m.sha256 | Should -BeExactly $script:backup.Sha256
        $m.entries.protocol64 + $m.entries.protocol32 + $m.entries.nameSpace64 + $m.entries.nameSpace32 | Should -Be 48
        $m.verdict | Should -Be 'ThirdPartyPresent'
        $m.toolVersion | Should -Be (Get-Module Winsock2Doctor).Version.ToString()
    }

    It 'makes both files readable by their owner only (mode 0600 off Windows)' -Skip:($IsWindows) {
        foreach ($f in $script:backup.Path, $script:backup.ManifestPath) {
            [System.IO.File]::GetUnixFileMode($f) | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite')
        }
    }

    It 'never overwrites: a second backup gets its own name and the first stays as it was' {
        $before = (Get-FileHash -LiteralPath $script:backup.Path).Hash
        $second = Backup-WinsockKeys (Join-Path $TestDrive 'first')
        $second.Path | Should -Not -Be $script:backup.Path
        (Split-Path -Leaf $second.Path) -gt (Split-Path -Leaf $script:backup.Path) | Should -BeTrue
        (Get-FileHash -LiteralPath $script:backup.Path).Hash | Should -Be $before
        @(Get-ChildItem -LiteralPath (Join-Path $TestDrive 'first') -Filter *.reg).Count | Should -Be 2
    }

    It 'goes to $XDG_DATA_HOME/winsock2doctor/backups, else ~/.local/share/winsock2doctor/backups, by default' -Skip:($IsWindows) {
        try {
            $env:XDG_DATA_HOME = Join-Path $TestDrive 'xdg'
            $b = Backup-WinsockKeys
            Split-Path -Parent $b.Path | Should -Be (Join-Path $TestDrive 'xdg/winsock2doctor/backups')
            $env:XDG_DATA_HOME = $null
            $env:HOME = Join-Path $TestDrive 'home'
            $h = Backup-WinsockKeys
            Split-Path -Parent $h.Path | Should -Be (Join-Path $TestDrive 'home/.local/share/winsock2doctor/backups')
            Test-Path -LiteralPath $h.ManifestPath | Should -BeTrue
        }
        finally {
            $env:XDG_DATA_HOME = $script:saved.Xdg
            $env:HOME = $script:saved.Home
        }
    }

    It 'backs up a saved .reg export with -Path (relative to the PowerShell location)' {
        Push-Location $script:fixtures
        try { $b = Backup-WinsockKeys -Path .\xp-sp2-tcpip.reg -Destination (Join-Path $TestDrive 'from-path') }
        finally { Pop-Location }
        (Get-FileHash -LiteralPath $b.Path).Hash | Should -Be (Get-FileHash -LiteralPath (Join-Path $script:fixtures 'xp-sp2-tcpip.reg')).Hash
        $b.Source | Should -Be (Join-Path $script:fixtures 'xp-sp2-tcpip.reg')
        $b.Verdict | Should -Be 'Healthy'
    }

    It 'refuses netsh text with ErrorId W2D1502 (InvalidData) and writes nothing' {
        $err = $null
        $dest = Join-Path $TestDrive 'netsh'
        try { Backup-WinsockKeys -Path (Join-Path $script:fixtures 'netsh/en-win10-14393-base.txt') -Destination $dest } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be 'W2D1502,Backup-WinsockKeys'
        $err.CategoryInfo.Category | Should -Be 'InvalidData'
        $err.Exception.Message | Should -BeLike 'W2D1502: *netsh text*'
        Test-Path -LiteralPath $dest | Should -BeFalse
    }

    It 'refuses an image without the Winsock keys with ErrorId W2D1501' {
        $empty = Join-Path $TestDrive 'empty-image.reg'
        [System.IO.File]::WriteAllText($empty, "Windows Registry Editor Version 5.00`r`n`r`n[HKEY_LOCAL_MACHINE\SOFTWARE\Contoso]`r`n`"a`"=`"b`"`r`n`r`n", [System.Text.Encoding]::Unicode)
        $err = $null
        try {
            $env:WINSOCK2DOCTOR_REGISTRY = $empty
            try { Backup-WinsockKeys -Destination (Join-Path $TestDrive 'none') } catch { $err = $_ }
        }
        finally { $env:WINSOCK2DOCTOR_REGISTRY = $script:image }
        $err.FullyQualifiedErrorId | Should -Be 'W2D1501,Backup-WinsockKeys'
    }

    It 'has help with examples and described parameters' {
        $help = Get-Help Backup-WinsockKeys -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        foreach ($p in 'Destination', 'Path') { ($help.Parameters.Parameter | Where-Object Name -EQ $p).Description | Should -Not -BeNullOrEmpty }
    }
}
