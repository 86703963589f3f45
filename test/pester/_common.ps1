# Shared helpers for the Pester suite (hand-written). Dot-source it from BeforeDiscovery and/or
# BeforeAll:   . (Join-Path $PSScriptRoot '_common.ps1')
# It defines functions only; it changes no preference and loads no module.

function Get-W2DRepoRoot {
    <#
    .SYNOPSIS
    The repository root (two folders above this file).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    $here = Split-Path -Parent $MyInvocation.MyCommand.ScriptBlock.File
    return [System.IO.Path]::GetFullPath((Join-Path $here '../..'))
}

function Get-W2DPwshPath {
    <#
    .SYNOPSIS
    The pinned pwsh executable the project installs (.tools/pwsh/pwsh).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    $name = 'pwsh'
    if ([System.IO.Path]::DirectorySeparatorChar -eq '\') { $name = 'pwsh.exe' }
    return (Join-Path (Join-Path (Join-Path (Get-W2DRepoRoot) '.tools') 'pwsh') $name)
}

function Get-W2DPesterManifestPath {
    <#
    .SYNOPSIS
    The pinned Pester module manifest (.tools/nuget/pester/5.7.1/tools/Pester.psd1).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    $parts = @('.tools', 'nuget', 'pester', '5.7.1', 'tools', 'Pester.psd1')
    $p = Get-W2DRepoRoot
    foreach ($part in $parts) { $p = Join-Path $p $part }
    return $p
}

function Get-W2DModuleManifestPath {
    <#
    .SYNOPSIS
    The generated module's manifest (module/Winsock2Doctor/Winsock2Doctor.psd1); may not exist yet.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()
    return (Join-Path (Join-Path (Join-Path (Get-W2DRepoRoot) 'module') 'Winsock2Doctor') 'Winsock2Doctor.psd1')
}

function Get-W2DPowerShellSourceFile {
    <#
    .SYNOPSIS
    Every PowerShell file that must run on Windows PowerShell 5.1: *.ps1, *.psm1, *.psd1 under
    module/, src/host/ps/ and codegen/runtime/, plus build.ps1. Folders that do not exist yet are
    skipped.
    #>
    [CmdletBinding()]
    [OutputType([System.IO.FileInfo])]
    param()
    $root = Get-W2DRepoRoot
    $found = New-Object 'System.Collections.Generic.List[System.IO.FileInfo]'
    foreach ($rel in @('module', 'src/host/ps', 'codegen/runtime')) {
        $dir = Join-Path $root $rel
        if (-not (Test-Path -LiteralPath $dir -PathType Container)) { continue }
        $files = Get-ChildItem -LiteralPath $dir -Recurse -File |
            Where-Object { @('.ps1', '.psm1', '.psd1') -contains $_.Extension.ToLowerInvariant() } |
            Sort-Object -Property FullName
        foreach ($f in $files) { $found.Add($f) }
    }
    $build = Join-Path $root 'build.ps1'
    if (Test-Path -LiteralPath $build -PathType Leaf) { $found.Add((Get-Item -LiteralPath $build)) }
    return $found.ToArray()
}

function Get-W2DRelativePath {
    <#
    .SYNOPSIS
    A path relative to the repository root, with forward slashes (for test names).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string] $Path)
    $root = (Get-W2DRepoRoot).TrimEnd('/', '\') + [System.IO.Path]::DirectorySeparatorChar
    $full = [System.IO.Path]::GetFullPath($Path)
    if ($full.StartsWith($root, [System.StringComparison]::Ordinal)) { $full = $full.Substring($root.Length) }
    return $full.Replace('\', '/')
}

function Get-W2DPs51Violation {
    <#
    .SYNOPSIS
    Lists why PowerShell source would not run unchanged on Windows PowerShell 5.1.

    .DESCRIPTION
    Parses the source with PowerShell's own parser and returns one string per problem
    ('line:column: message'); nothing when the source is fine. Rejected:
    parse errors; ternary `a ? b : c`; pipeline chains `&&` / `||`; `??` and `??=`; null-conditional
    member and index access `?.` / `?[]`; class and enum definitions (the project does not use them:
    they do not survive module reload or remoting); `ForEach-Object -Parallel` and
    `foreach -parallel`; `clean` blocks; the background operator `&` at the end of a pipeline; the
    `` `u{...} `` escape in expandable strings (a literal 'u{...}' on 5.1). With -Path, a file that
    contains non-ASCII bytes must start with a byte-order mark (5.1 reads BOM-less files as ANSI).

    .PARAMETER Path
    A .ps1, .psm1 or .psd1 file.

    .PARAMETER Source
    PowerShell source text (for example a snippet in a test).

    .EXAMPLE
    Get-W2DPs51Violation -Source '$a ? 1 : 2'
    #>
    [CmdletBinding(DefaultParameterSetName = 'Path')]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ParameterSetName = 'Path')][string] $Path,
        [Parameter(Mandatory, ParameterSetName = 'Source')][AllowEmptyString()][string] $Source
    )

    $problems = New-Object 'System.Collections.Generic.List[string]'
    $tokens = $null
    $errors = $null
    if ($PSCmdlet.ParameterSetName -eq 'Path') {
        $full = [System.IO.Path]::GetFullPath($Path)
        $bytes = [System.IO.File]::ReadAllBytes($full)
        $hasBom = ($bytes.Length -ge 3 -and $bytes[0] -eq 0xEF -and $bytes[1] -eq 0xBB -and $bytes[2] -eq 0xBF) -or
            ($bytes.Length -ge 2 -and (($bytes[0] -eq 0xFF -and $bytes[1] -eq 0xFE) -or ($bytes[0] -eq 0xFE -and $bytes[1] -eq 0xFF)))
        if (-not $hasBom) {
            for ($i = 0; $i -lt $bytes.Length; $i++) {
                if ($bytes[$i] -gt 0x7F) {
                    $problems.Add("1:1: contains non-ASCII bytes (first at byte offset $i) but has no UTF-8 BOM: Windows PowerShell 5.1 would read it as ANSI")
                    break
                }
            }
        }
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($full, [ref] $tokens, [ref] $errors)
    }
    else {
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($Source, [ref] $tokens, [ref] $errors)
    }

    foreach ($e in $errors) {
        $problems.Add(('{0}:{1}: parse error {2}: {3}' -f $e.Extent.StartLineNumber, $e.Extent.StartColumnNumber, $e.ErrorId, $e.Message))
    }

    $nodes = $ast.FindAll({ param($n) $true }, $true)
    foreach ($node in $nodes) {
        $why = $null
        $typeName = $node.GetType().Name
        switch ($typeName) {
            'TernaryExpressionAst' { $why = 'ternary operator ?: (PowerShell 7 only)' }
            'PipelineChainAst' { $why = 'pipeline chain operator && / || (PowerShell 7 only)' }
            'BinaryExpressionAst' {
                if ($node.Operator.ToString() -eq 'QuestionQuestion') { $why = 'null-coalescing operator ?? (PowerShell 7 only)' }
            }
            'AssignmentStatementAst' {
                if ($node.Operator.ToString() -eq 'QuestionQuestionEquals') { $why = 'null-coalescing assignment ??= (PowerShell 7 only)' }
            }
            { $_ -eq 'MemberExpressionAst' -or $_ -eq 'InvokeMemberExpressionAst' -or $_ -eq 'IndexExpressionAst' } {
                $nc = $node.PSObject.Properties['NullConditional']
                if ($null -ne $nc -and $nc.Value -eq $true) { $why = 'null-conditional access ?. or ?[] (PowerShell 7 only)' }
            }
            'TypeDefinitionAst' { $why = 'class/enum definition (not used: classes do not survive module reload or remoting; use hashtables and PSCustomObject)' }
            'CommandAst' {
                $name = $node.GetCommandName()
                if ($null -ne $name -and @('ForEach-Object', 'foreach', '%') -contains $name) {
                    foreach ($el in $node.CommandElements) {
                        if ($el -is [System.Management.Automation.Language.CommandParameterAst] -and
                            $el.ParameterName.Length -ge 2 -and
                            'Parallel'.StartsWith($el.ParameterName, [System.StringComparison]::OrdinalIgnoreCase)) {
                            $why = 'ForEach-Object -Parallel (PowerShell 7 only)'
                        }
                    }
                }
            }
            'ForEachStatementAst' {
                if ($node.Flags.ToString() -match 'Parallel') { $why = 'foreach -parallel (workflow only; not in PowerShell 5.1 scripts)' }
            }
            'ScriptBlockAst' {
                $cb = $node.PSObject.Properties['CleanBlock']
                if ($null -ne $cb -and $null -ne $cb.Value) { $why = 'clean block (PowerShell 7.3+ only)' }
            }
            'PipelineAst' {
                $bg = $node.PSObject.Properties['Background']
                if ($null -ne $bg -and $bg.Value -eq $true) { $why = 'background operator & (PowerShell 7 only)' }
            }
            { $_ -eq 'ExpandableStringExpressionAst' -or $_ -eq 'StringConstantExpressionAst' } {
                $st = $node.PSObject.Properties['StringConstantType']
                if ($null -ne $st -and $st.Value.ToString() -match 'DoubleQuoted' -and $node.Extent.Text -match '`u\{') {
                    $why = 'escape `u{...} (PowerShell 7 only; a literal u{...} on 5.1)'
                }
            }
        }
        if ($null -ne $why) {
            $problems.Add(('{0}:{1}: {2}: {3}' -f $node.Extent.StartLineNumber, $node.Extent.StartColumnNumber, $why, ($node.Extent.Text -split "`n")[0]))
        }
    }
    return $problems.ToArray()
}
