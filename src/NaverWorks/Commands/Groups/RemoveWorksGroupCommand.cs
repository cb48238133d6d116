using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Groups
{
    /// <summary>
    /// <para type="synopsis">Deletes NAVER WORKS groups.</para>
    /// <para type="description">Deletes each group named by id or externalKey:KEY (or piped from Get-WorksGroup). Asks for
    /// confirmation unless -Confirm:$false.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorksGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorksGroupCommand : BulkCmdlet<string>
    {
        /// <summary>The groups: ids or externalKey:KEY values.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupId")]
        [AllowEmptyString, AllowNull, AllowEmptyCollection]
        [ArgumentCompleter(typeof(GroupIdCompleter))]
        public string[]? Id { get; set; }

        /// <inheritdoc />
        protected override string Activity => "Deleting groups";

        /// <inheritdoc />
        protected override string Action => "Delete group";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string[] ids = NonBlank(Id);
            if (ids.Length == 0) Submit(null, _ => throw new InvalidFieldException("Id", "give the group's id or externalKey:KEY."));
            foreach (string id in ids) Submit(id, _ => id);
        }

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(string id, string subject, RequestContext context)
        {
            if (await Groups.DeleteAsync(id, context).ConfigureAwait(false))
                context.Log.Verbose($"{subject}: the service's answer was lost, but the group was deleted; not sent again.");
            return null;
        }
    }
}
