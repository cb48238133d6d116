# The loader. The compiled module, bin/NaverWorks.dll, is loaded by the manifest as a nested module rather than by an
# Import-Module line here: a script that imports the assembly makes the first import in a session about 30 ms slower
# (bench/results/import-time.md), and the manifest's CmdletsToExport then exports its cmdlets directly.
# Dependency isolation (a private load context for Microsoft.IdentityModel on PowerShell 7, a resolver on Windows
# PowerShell 5.1) is set up by the assembly's module initializer and argument completers are attached by attributes,
# so both work however the module is imported; nothing else needs to run here.
