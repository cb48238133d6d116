using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text;

namespace NaverWorks.Tests.Infrastructure;

/// <summary>
/// The hosted engine has no Microsoft.PowerShell.Utility, so scripts written for administrators (the demo,
/// the scenarios) get this stand-in: it reads a CSV file the way Import-Csv does — a header row, quoted
/// fields with doubled quotes, one PSCustomObject per row with string properties — and nothing more.
/// </summary>
[Cmdlet(VerbsData.Import, "Csv")]
public sealed class ImportCsvStandInCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    public string Path { get; set; } = "";

    protected override void EndProcessing()
    {
        string full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        using var reader = new StreamReader(full, Encoding.UTF8);
        List<string>? header = null;
        while (ReadRecord(reader) is List<string> fields)
        {
            if (header is null)
            {
                header = fields;
                continue;
            }
            var row = new PSObject();
            for (int i = 0; i < header.Count; i++) row.Properties.Add(new PSNoteProperty(header[i], i < fields.Count ? fields[i] : null));
            WriteObject(row);
        }
    }

    private static List<string>? ReadRecord(StreamReader reader)
    {
        if (reader.EndOfStream) return null;
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        while (true)
        {
            int c = reader.Read();
            if (c == -1 || (!quoted && (c == '\n' || c == '\r')))
            {
                if (c == '\r' && reader.Peek() == '\n') reader.Read();
                fields.Add(field.ToString());
                return fields;
            }
            if (c == '"')
            {
                if (quoted && reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                else quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append((char)c);
            }
        }
    }
}
