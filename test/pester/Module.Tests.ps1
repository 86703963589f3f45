# The generated module: manifest hygiene, exports, comment-based help for every exported command,
# and the smoke cmdlet end to end (compiled core + host primitives + output shaping).
BeforeDiscovery {
    . (Join-Path $PSScriptRoot '_common.ps1')
    $manifestPath = Get-W2DModuleManifestPath
    Import-Module $manifestPath -Force
    $exported = @(Get-Command -Module Winsock2Doctor | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot '_common.ps1')
    $script:manifestPath = Get-W2DModuleManifestPath
    Import-Module $script:manifestPath -Force
    $script:manifest = Import-PowerShellDataFile $script:manifestPath
}

Describe 'Winsock2Doctor manifest' {
    It 'is a valid module manifest' {
        { Test-ModuleManifest -Path $script:manifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'has the version of package.json' {
        $package = Get-Content -Raw (Join-Path (Get-W2DRepoRoot) 'package.json') | ConvertFrom-Json
        $script:manifest.ModuleVersion | Should -Be $package.version
    }

    It 'declares Windows PowerShell 5.1 and both editions' {
        $script:manifest.PowerShellVersion | Should -Be '5.1'
        $script:manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
    }

    It 'exports exactly the functions it lists, and no cmdlets, variables or aliases' {
        $actual = @(Get-Command -Module Winsock2Doctor -CommandType Function | ForEach-Object Name | Sort-Object)
        $actual | Should -Be @($script:manifest.FunctionsToExport | Sort-Object)
        @(Get-Command -Module Winsock2Doctor -CommandType Alias, Cmdlet).Count | Should -Be 0
        $script:manifest.VariablesToExport.Count | Should -Be 0
    }

    It 'keeps internal functions (compiled core, helpers, primitives) private' {
        Get-Command -Module Winsock2Doctor -Name 'ts_*', '__*', 'host_*' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'Help of <Name>' -ForEach $exported {
    BeforeAll {
        $script:help = Get-Help $Name -Full
        $script:command = Get-Command $Name
    }

    It 'has a synopsis and a description' {
        $script:help.Synopsis | Should -Not -BeNullOrEmpty
        $script:help.Synopsis | Should -Not -Match '^\s*\S+\s*\[' # not the auto-generated syntax line
        ($script:help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example with remarks' {
        @($script:help.Examples.Example).Count | Should -BeGreaterThan 0
        foreach ($example in $script:help.Examples.Example) {
            ($example.Remarks | Out-String).Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'describes every parameter' {
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        foreach ($parameter in $script:command.Parameters.Keys | Where-Object { $_ -notin $common }) {
            $described = $script:help.Parameters.Parameter | Where-Object Name -EQ $parameter
            ($described.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "parameter $parameter needs a description"
        }
    }

    It 'declares an output type' {
        $script:command.OutputType.Name | Should -Not -BeNullOrEmpty
    }

    It 'has a format view for its output type, also after remoting (Deserialized.)' {
        foreach ($type in $script:command.OutputType.Name) {
            $names = @(Get-FormatData -TypeName $type).TypeNames
            $names | Should -Contain $type
            $names | Should -Contain "Deserialized.$type"
        }
    }
}

Describe 'Errors from core' {
    It 'become ErrorRecords whose ErrorId is the stable W2D ID, with a category by ID range' {
        $records = InModuleScope Winsock2Doctor {
            foreach ($message in 'W2D1001: line 3: bad header', 'W2D9010: cannot read file x', 'W2D9020: netsh is not available', 'no id here') {
                try { throw $message } catch { __errorRecord $_ 'target' }
            }
        }
        $records.FullyQualifiedErrorId | Should -Be @('W2D1001', 'W2D9010', 'W2D9020', 'W2D0000')
        $records.CategoryInfo.Category | Should -Be @('InvalidData', 'ObjectNotFound', 'NotInstalled', 'NotSpecified')
        $records[0].TargetObject | Should -Be 'target'
        $records[0].Exception.Message | Should -Be 'W2D1001: line 3: bad header'
    }
}

Describe 'Get-Winsock2DoctorInfo' {
    It 'returns one Winsock2Doctor.Info object with the module version' {
        $info = @(Get-Winsock2DoctorInfo)
        $info.Count | Should -Be 1
        $info[0].PSObject.TypeNames[0] | Should -Be 'Winsock2Doctor.Info'
        $info[0].Version | Should -Be $script:manifest.ModuleVersion
        $info[0].Name | Should -Be 'Winsock2Doctor'
        $info[0].Elevated | Should -BeOfType [bool]
        $info[0].ComputerName | Should -Be ([System.Environment]::MachineName)
    }

    It 'names the registry image when WINSOCK2DOCTOR_REGISTRY is set, else the live registry' {
        $saved = $env:WINSOCK2DOCTOR_REGISTRY
        try {
            $env:WINSOCK2DOCTOR_REGISTRY = 'TestDrive:\image.reg'
            (Get-Winsock2DoctorInfo).RegistrySource | Should -Be 'TestDrive:\image.reg'
            Remove-Item Env:\WINSOCK2DOCTOR_REGISTRY
            (Get-Winsock2DoctorInfo).RegistrySource | Should -Be 'live registry'
        } finally {
            $env:WINSOCK2DOCTOR_REGISTRY = $saved
        }
    }
}
