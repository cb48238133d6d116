using System.Management.Automation;

namespace NaverWorks.Bench;

/// <summary>
/// <c>New-BenchUserRow -Count N -Prefix p</c>: writes the CSV rows of <see cref="Rows.Row"/> one at a time, as
/// Import-Csv streams a file, so a bulk run of 100,000 rows never holds the row list (PowerShell.Invoke copies an
/// input collection whole before it starts). Registered in the bench's runspaces only.
/// </summary>
[Cmdlet(VerbsCommon.New, "BenchUserRow")]
[OutputType(typeof(PSObject))]
public sealed class NewBenchUserRowCommand : PSCmdlet
{
    /// <summary>Rows to write.</summary>
    [Parameter(Mandatory = true)]
    public int Count { get; set; }

    /// <summary>Start of every row's e-mail address, so loads into one tenant do not collide.</summary>
    [Parameter(Mandatory = true)]
    public string Prefix { get; set; } = "";

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        for (int n = 1; n <= Count; n++) WriteObject(Rows.Row(n, Prefix));
    }
}
