@{
    RootModule           = 'NaverWorks.psm1'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '6f0b7c1e-3d2a-4b8e-9c51-2e7a9d4f8b13'
    Author               = 'NaverWorks contributors'
    CompanyName          = 'NaverWorks contributors'
    Copyright            = '(c) 2026 NaverWorks contributors. MIT License.'
    Description          = 'Administer NAVER WORKS (LINE WORKS) tenants through API 2.0 and NAVER Cloud WORKPLACE organizations: users, org units, groups, calendars and events, bulk provisioning from CSV that never loses or duplicates a row, with an emulator to rehearse on.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('NaverWorks.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-Works'
        'Disconnect-Works'
        'Get-WorksSession'
        'Invoke-WorksRequest'
        'Get-WorksUser'
        'New-WorksUser'
        'Set-WorksUser'
        'Remove-WorksUser'
        'Suspend-WorksUser'
        'Resume-WorksUser'
        'Get-WorksOrgUnit'
        'New-WorksOrgUnit'
        'Set-WorksOrgUnit'
        'Remove-WorksOrgUnit'
        'Get-WorksGroup'
        'New-WorksGroup'
        'Set-WorksGroup'
        'Remove-WorksGroup'
        'Add-WorksGroupMember'
        'Remove-WorksGroupMember'
        'Get-WorksLevel'
        'Get-WorksPosition'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('NAVERWORKS', 'LINEWORKS', 'WORKPLACE', 'NCP', 'NaverCloud', 'Directory', 'Calendar', 'Provisioning', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/naverworks-powershell/NaverWorks/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/naverworks-powershell/NaverWorks'
            ReleaseNotes = 'First release: sessions for every NAVER WORKS sign-in method, the shared HTTP transport (retries, rate limiting, redaction) and Invoke-WorksRequest.'
        }
    }
}
