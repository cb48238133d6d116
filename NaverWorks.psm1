# Loads the compiled module. Dependency isolation (a private load context for Microsoft.IdentityModel on
# PowerShell 7, a resolver on Windows PowerShell 5.1) is set up by the module's assembly initializer, so
# it works however the module is imported. Only core-engine cmdlets are used here (no Join-Path), so the
# module also imports in minimal hosts.
Import-Module -Name "$PSScriptRoot/bin/NaverWorks.dll" -ErrorAction Stop
Export-ModuleMember -Cmdlet '*'
