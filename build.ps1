<#
.SYNOPSIS
    Builds, tests, documents, packages and demonstrates the NaverWorks module.
.DESCRIPTION
    A thin layer over dotnet for people with PowerShell 7:
      Build    dotnet build; afterwards Import-Module ./NaverWorks.psd1 works from the repository root.
      Test     dotnet test (the suite CI runs), then the Pester tests in tests/ when Pester is installed.
      Help     brings docs/<culture>/*.md in line with the cmdlets and compiles en-US/ and ko-KR/ help with
               tools/NaverWorks.HelpBuilder (platyPS, when installed, cross-checks the pages).
      Package  a self-contained module folder in out/NaverWorks/<version> that Publish-PSResource accepts.
      Demo     builds, starts the emulator on a free loopback port, runs examples/Demo.ps1 against it, stops it.
.EXAMPLE
    pwsh ./build.ps1 -Task Demo
.EXAMPLE
    pwsh ./build.ps1 -Task Package -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Help', 'Package', 'Demo')]
    [string[]] $Task = 'Build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

function Get-ModuleVersion {
    ([xml](Get-Content -Raw (Join-Path $root 'Directory.Build.props'))).Project.PropertyGroup.Version | Where-Object { $_ } | Select-Object -First 1
}

function Invoke-Build { Invoke-Dotnet build (Join-Path $root 'NaverWorks.slnx') -c $Configuration }

function Invoke-Test {
    Invoke-Dotnet test (Join-Path $root 'NaverWorks.slnx') -c $Configuration
    if (Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0') {
        $result = Invoke-Pester -Path (Join-Path $root 'tests') -PassThru -Output Detailed
        if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester tests failed" }
    } else {
        Write-Warning 'Pester 5 is not installed; only the xunit suite ran.'
    }
}

function Invoke-Help {
    # docs/<culture>/*.md is the source of the help. update-docs first brings every page in line with the
    # cmdlets (syntax, parameter list and metadata); build-maml then writes the committed en-US/ and ko-KR/
    # files. Those must be byte for byte what the HelpBuilder produces, because the test suite compares
    # them with a fresh build (CI has no platyPS), so platyPS, where installed, compiles the same pages
    # into out/help/platyPS instead: a check that the pages stay valid platyPS, not a second source.
    $tool = Join-Path $root 'tools/NaverWorks.HelpBuilder'
    Invoke-Dotnet run --project $tool -c $Configuration -- update-docs --root $root
    if (Get-Module -ListAvailable platyPS) {
        Import-Module platyPS
        foreach ($culture in 'en-US', 'ko-KR') {
            $pages = Get-ChildItem (Join-Path $root "docs/$culture") -Filter '*.md' | Where-Object Name -notlike 'about_*'
            $out = Join-Path $root "out/help/platyPS/$culture"
            New-ExternalHelp -Path $pages.FullName -OutputPath $out -Force -ErrorAction Stop | Out-Null
            Write-Host "platyPS compiled docs/$culture into $out"
        }
    } else {
        Write-Host 'platyPS is not installed; the pages were not cross-checked with New-ExternalHelp.'
    }
    Invoke-Dotnet run --project $tool -c $Configuration -- build-maml --root $root
}

function Invoke-Package {
    Invoke-Build
    $version = Get-ModuleVersion
    $target = Join-Path $root "out/NaverWorks/$version"
    if (Test-Path $target) { Remove-Item -Recurse -Force $target }
    New-Item -ItemType Directory -Force $target | Out-Null
    Copy-Item (Join-Path $root 'NaverWorks.psd1'), (Join-Path $root 'NaverWorks.psm1'), (Join-Path $root 'NaverWorks.Format.ps1xml'), (Join-Path $root 'LICENSE') $target
    foreach ($culture in 'en-US', 'ko-KR') { Copy-Item -Recurse (Join-Path $root $culture) $target }
    Copy-Item -Recurse (Join-Path $root 'bin') $target
    Get-ChildItem -Recurse (Join-Path $target 'bin') -Include '*.pdb' | Remove-Item
    Test-ModuleManifest (Join-Path $target 'NaverWorks.psd1') | Out-Null
    Write-Host "Packaged $target"
}

function Invoke-Demo {
    Invoke-Build
    $info = Join-Path ([IO.Path]::GetTempPath()) "naverworks-emulator-$PID.json"
    $emulator = Start-Process dotnet -PassThru -NoNewWindow -ArgumentList @(
        'run', '--no-build', '-c', $Configuration, '--project', (Join-Path $root 'src/NaverWorks.Emulator'), '--',
        '--urls', 'http://127.0.0.1:0', '--seed-users', '20', '--info-file', $info)
    try {
        $deadline = (Get-Date).AddSeconds(60)
        while (-not (Test-Path $info)) {
            if ((Get-Date) -gt $deadline -or $emulator.HasExited) { throw 'The emulator did not start.' }
            Start-Sleep -Milliseconds 200
        }
        $connection = Get-Content -Raw $info | ConvertFrom-Json
        & (Join-Path $root 'examples/Demo.ps1') -Connection $connection
    } finally {
        if (-not $emulator.HasExited) { Stop-Process -Id $emulator.Id }
        Remove-Item $info -ErrorAction SilentlyContinue
    }
}

foreach ($t in $Task) {
    Write-Host "== $t"
    & "Invoke-$t"
}
