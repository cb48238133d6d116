<#
.SYNOPSIS
    The NaverWorks tour: connect, bulk-create users from a CSV, list them, schedule an event.
.DESCRIPTION
    Run by `build.ps1 -Task Demo` against the emulator it starts; `-Connection` is the JSON the emulator
    writes with --info-file. Works against a real tenant too, given the same fields.
.EXAMPLE
    ./examples/Demo.ps1 -Connection (Get-Content -Raw emulator.json | ConvertFrom-Json)
#>
param(
    [Parameter(Mandatory)]
    $Connection,
    [string] $UsersCsv = "$PSScriptRoot/users.csv"
)
$ErrorActionPreference = 'Stop'
Import-Module "$PSScriptRoot/../NaverWorks.psd1"

$session = Connect-Works -ClientId $Connection.clientId -ClientSecret $Connection.clientSecret `
    -ServiceAccount $Connection.serviceAccount -PrivateKeyPath $Connection.privateKeyPath `
    -Scope $Connection.scopes -ApiEndpoint $Connection.apiEndpoint -AuthEndpoint $Connection.authEndpoint -PassThru
"Connected to $($session.ApiEndpoint) as $($session.Principal)."

# Bulk provisioning: plain CSV headers bind to New-WorksUser's parameters; org units, positions and levels
# are given by name. -SkipExisting makes the demo safe to run twice.
$created = @(Import-Csv $UsersCsv | New-WorksUser -ThrottleLimit 4 -SkipExisting)
"Created $($created.Count) users."

# Listing streams page by page; -First stops after what it needs.
Get-WorksUser -First 10

# A first-week orientation for the new users, in Korea Standard Time, with a reminder.
if ($created.Count -gt 0) {
    $tomorrow = [datetime]::Today.AddDays(1)
    New-WorksEvent -UserId $created[0].UserId -Summary '신규 입사자 오리엔테이션' `
        -Start $tomorrow.AddHours(10) -End $tomorrow.AddHours(11) -TimeZone 'Asia/Seoul' `
        -Attendee @($created | ForEach-Object Email) -Reminder 'PT15M' -Location '본사 5층 대회의실'
}

Disconnect-Works
