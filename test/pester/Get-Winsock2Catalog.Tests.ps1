# Get-Winsock2Catalog: reads saved sources by content, writes typed entry objects, and fails with
# stable error IDs.
BeforeAll {
    . (Join-Path $PSScriptRoot '_common.ps1')
    Import-Module (Get-W2DModuleManifestPath) -Force
    $script:netsh = Join-Path (Get-W2DRepoRoot) 'test/fixtures/netsh'
}

Describe 'Get-Winsock2Catalog -Path of a netsh capture' {
    It 'writes one ProtocolEntry per protocol row, with the chain of an LSP' {
        $entries = @(Get-Winsock2Catalog -Path (Join-Path $script:netsh 'en-win10-astrill-lsp.txt'))
        $entries.Count | Should -BeGreaterThan 0
        $entries | ForEach-Object { $_.PSObject.TypeNames[0] } | Select-Object -Unique | Should -Be 'Winsock2Doctor.ProtocolEntry'
        $chain = $entries | Where-Object EntryType -EQ 'Chain' | Select-Object -First 1
        $chain.ChainEntries.Count | Should -Be $chain.ChainLen
        $chain.Key | Should -BeNullOrEmpty
    }

    It 'reads a Chinese capture in UTF-16 like its UTF-8 twin' {
        $utf8 = Get-Winsock2Catalog -Path (Join-Path $script:netsh 'zh-cn-win10-32bit.txt') | ConvertTo-Json -Depth 4
        $utf16 = Get-Winsock2Catalog -Path (Join-Path $script:netsh 'zh-cn-win10-32bit.utf16.txt') | ConvertTo-Json -Depth 4
        ($utf16 -replace 'utf16[^"]*', '') | Should -Be ($utf8 -replace 'utf16[^"]*', '')
    }

    It 'writes name-space entries as NameSpaceEntry objects' {
        $ns = @(Get-Winsock2Catalog -Path (Join-Path $script:netsh 'en-win7-internals-namespace.txt') | Where-Object { $_.PSObject.TypeNames[0] -eq 'Winsock2Doctor.NameSpaceEntry' })
        $ns.Count | Should -Be 1
        $ns[0].ProviderId | Should -Match '^\{[0-9A-F-]{36}\}$'
    }

    It 'resolves a relative path against the PowerShell location, not the process directory' {
        Push-Location $script:netsh
        try {
            @(Get-Winsock2Catalog -Path 'en-win10-astrill-lsp.txt').Count | Should -BeGreaterThan 0
        } finally {
            Pop-Location
        }
    }

    It 'takes paths from the pipeline (FullName) and reads every one' {
        $one = @(Get-Winsock2Catalog -Path (Join-Path $script:netsh 'en-win10-astrill-lsp.txt')).Count
        $two = @(Get-Winsock2Catalog -Path (Join-Path $script:netsh 'en-lavasoft-no32.txt')).Count
        @(Get-Item (Join-Path $script:netsh 'en-win10-astrill-lsp.txt'), (Join-Path $script:netsh 'en-lavasoft-no32.txt') | Get-Winsock2Catalog).Count | Should -Be ($one + $two)
    }
}

Describe 'Get-Winsock2Catalog errors' {
    It 'fails on a missing file with ErrorId W2D9010 (ObjectNotFound)' {
        $err = $null
        try { Get-Winsock2Catalog -Path (Join-Path $TestDrive 'missing.reg') } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be 'W2D9010,Get-Winsock2Catalog'
        $err.CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'fails on garbage with a W2D12xx ID' {
        $file = Join-Path $TestDrive 'garbage.txt'
        Set-Content -Path $file -Value 'this is not a catalog'
        $err = $null
        try { Get-Winsock2Catalog -Path $file } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Match '^W2D12\d\d,Get-Winsock2Catalog$'
    }

    It 'without -Path off Windows and without a registry image says so (W2D1900)' -Skip:($IsWindows) {
        $saved = $env:WINSOCK2DOCTOR_REGISTRY
        try {
            Remove-Item Env:\WINSOCK2DOCTOR_REGISTRY -ErrorAction SilentlyContinue
            $err = $null
            try { Get-Winsock2Catalog } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -Be 'W2D1900,Get-Winsock2Catalog'
            $err.Exception.Message | Should -Match 'WINSOCK2DOCTOR_REGISTRY'
        } finally {
            $env:WINSOCK2DOCTOR_REGISTRY = $saved
        }
    }

    It 'reads the registry image named by WINSOCK2DOCTOR_REGISTRY when there is no -Path' {
        $saved = $env:WINSOCK2DOCTOR_REGISTRY
        try {
            $env:WINSOCK2DOCTOR_REGISTRY = Join-Path $script:netsh 'en-win10-astrill-lsp.txt'
            @(Get-Winsock2Catalog).Count | Should -BeGreaterThan 0
        } finally {
            $env:WINSOCK2DOCTOR_REGISTRY = $saved
        }
    }
}
