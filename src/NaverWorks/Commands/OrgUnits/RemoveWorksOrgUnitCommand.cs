using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.OrgUnits
{
    /// <summary>
    /// <para type="synopsis">Deletes NAVER WORKS org units.</para>
    /// <para type="description">Deletes each unit named by id or externalKey:KEY (or piped from Get-WorksOrgUnit). The
    /// service refuses units that still have members or child units. Deletes are paced like every org-unit write and
    /// asked for confirmation unless -Confirm:$false.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WorksOrgUnit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveWorksOrgUnitCommand : BulkCmdlet<string>
    {
        /// <summary>The units: ids or externalKey:KEY values.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("OrgUnitId")]
        [AllowEmptyString, AllowNull, AllowEmptyCollection]
        [ArgumentCompleter(typeof(OrgUnitIdCompleter))]
        public string[]? Id { get; set; }

        /// <inheritdoc />
        protected override string Activity => "Deleting org units";

        /// <inheritdoc />
        protected override string Action => "Delete org unit";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string[] ids = NonBlank(Id);
            if (ids.Length == 0) Submit(null, _ => throw new InvalidFieldException("Id", "give the org unit's id or externalKey:KEY."));
            foreach (string id in ids) Submit(id, _ => id);
        }

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(string id, string subject, RequestContext context)
        {
            if (await OrgUnits.DeleteAsync(id, context).ConfigureAwait(false))
                context.Log.Verbose($"{subject}: the service's answer was lost, but the unit was deleted; not sent again.");
            return null;
        }
    }
}
