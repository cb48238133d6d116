Import-Module -Name "$PSScriptRoot/bin/NaverWorks.dll"
