using System.Management.Automation;
using Job = NaverWorks.Workplace.Job;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Creates WORKPLACE job positions (직책).</para>
    /// <para type="description">-ExternalKey, -Name (unique), -SortOrder and -InUse (default true); binds by property name, so
    /// a CSV can be piped in. Exactly-once under retries; -SkipExisting leaves keys that already exist.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorkplaceJob", SupportsShouldProcess = true)]
    [OutputType(typeof(Job))]
    public sealed class NewWorkplaceJobCommand : NewWorkplaceCodeCommand<Job>
    {
    }
}
