#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Pester suite for machines with pwsh; `dotnet test` runs the same scenarios in a hosted runspace.
BeforeAll {
    . "$PSScriptRoot/Emulator.ps1"
    Import-Module "$PSScriptRoot/../../NaverWorks.psd1" -Force
    $script:emulator = Start-NaverWorksEmulator -SeedUsers 250
}
AfterAll {
    Get-WorksSession -All | ForEach-Object { Disconnect-Works -Session $_ -Confirm:$false }
    Stop-NaverWorksEmulator $script:emulator
}

Describe 'Connect-Works' {
    It 'connects with the emulator''s service account and becomes the default session' {
        $session = Connect-NaverWorksEmulator $script:emulator
        $session.AuthType | Should -Be 'ServiceAccount'
        (Get-WorksSession).Id | Should -Be $session.Id
        $session | Out-String | Should -Not -Match 'access_token|Bearer'
    }

    It 'reads the NAVERWORKS_* variables when called without credentials' {
        $env:NAVERWORKS_CLIENT_ID = $script:emulator.clientId
        $env:NAVERWORKS_CLIENT_SECRET = $script:emulator.clientSecret
        $env:NAVERWORKS_SERVICE_ACCOUNT = $script:emulator.serviceAccount
        $env:NAVERWORKS_PRIVATE_KEY_PATH = $script:emulator.privateKeyPath
        $env:NAVERWORKS_SCOPE = $script:emulator.scopes -join ' '
        $env:NAVERWORKS_API_ENDPOINT = $script:emulator.apiEndpoint
        $env:NAVERWORKS_AUTH_ENDPOINT = $script:emulator.authEndpoint
        try { (Connect-Works -PassThru).AuthType | Should -Be 'ServiceAccount' }
        finally { Get-ChildItem env:NAVERWORKS_* | Remove-Item }
    }

    It 'explains which variables are missing' {
        { Connect-Works -ErrorAction Stop } | Should -Throw '*NAVERWORKS_CLIENT_ID*'
    }
}

Describe 'Invoke-WorksRequest' {
    BeforeAll { Connect-NaverWorksEmulator $script:emulator | Out-Null }

    It 'streams every user across pages with -All' {
        @(Invoke-WorksRequest -Path /users -All).Count | Should -Be 250
    }

    It 'stops after the first page when only a few are wanted' {
        @(Invoke-WorksRequest -Path /users -All -First 3).Count | Should -Be 3
    }
}
