# Starts the emulator for a Pester run and returns its connection details (see --info-file).
function Start-NaverWorksEmulator {
    param([int] $SeedUsers = 250)
    $root = Resolve-Path "$PSScriptRoot/../.."
    $info = Join-Path ([IO.Path]::GetTempPath()) "naverworks-pester-$PID-$(Get-Random).json"
    $process = Start-Process dotnet -PassThru -NoNewWindow -RedirectStandardOutput ([IO.Path]::GetTempFileName()) -ArgumentList @(
        'run', '--project', (Join-Path $root 'src/NaverWorks.Emulator'), '--',
        '--urls', 'http://127.0.0.1:0', '--seed-users', $SeedUsers, '--info-file', $info)
    $deadline = (Get-Date).AddSeconds(120)
    while (-not (Test-Path $info)) {
        if ((Get-Date) -gt $deadline -or $process.HasExited) { throw 'The emulator did not start.' }
        Start-Sleep -Milliseconds 200
    }
    $connection = Get-Content -Raw $info | ConvertFrom-Json
    $connection | Add-Member -NotePropertyName Process -NotePropertyValue $process -PassThru |
        Add-Member -NotePropertyName InfoFile -NotePropertyValue $info -PassThru
}

function Stop-NaverWorksEmulator {
    param($Emulator)
    if ($Emulator -and -not $Emulator.Process.HasExited) { Stop-Process -Id $Emulator.Process.Id }
    if ($Emulator) { Remove-Item $Emulator.InfoFile -ErrorAction SilentlyContinue }
}

function Connect-NaverWorksEmulator {
    param($Emulator)
    Connect-Works -ClientId $Emulator.clientId -ClientSecret $Emulator.clientSecret -ServiceAccount $Emulator.serviceAccount `
        -PrivateKeyPath $Emulator.privateKeyPath -Scope $Emulator.scopes -ApiEndpoint $Emulator.apiEndpoint `
        -AuthEndpoint $Emulator.authEndpoint -PassThru
}
