using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.OrgUnits
{
    /// <summary>
    /// <para type="synopsis">Creates NAVER WORKS org units (teams), one or a whole CSV of them.</para>
    /// <para type="description">-Parent takes the parent's name, id or externalKey:KEY; a unit created by an earlier row
    /// can be named by a later one, so list parents before children. Org-unit writes are sent one at a time with the
    /// session's OrgUnitWriteInterval between them (the API asks for once per second), and each unit is created exactly
    /// once even when the service fails mid-way. -WhatIf checks and resolves every row and creates nothing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorksOrgUnit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OrgUnit))]
    public sealed class NewWorksOrgUnitCommand : OrgUnitCmdlet<OrgUnitFields>
    {
        /// <summary>The unit's name (required; letters, digits, spaces and ! @ &amp; ( ) - _ + [ ] { } , . /).</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("OrgUnitName")]
        [AllowEmptyString, AllowNull]
        public string? Name { get; set; }

        /// <inheritdoc />
        protected override string Activity => "Creating org units";

        /// <inheritdoc />
        protected override string Action => "Create org unit";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string? name = Text(nameof(Name), Name);
            Submit(name, _ =>
            {
                OrgUnitFields fields = ReadFields(name);
                OrgUnitProvisioner.Validate(fields, isNew: true);
                return fields;
            });
        }

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(OrgUnitFields fields, string subject, RequestContext context)
        {
            CreateResult<OrgUnit> created = await Provisioner.CreateAsync(fields, context).ConfigureAwait(false);
            if (created.Reconciled) context.Log.Verbose($"{subject}: the service's answer was lost, but the unit was created (found as {created.Value.OrgUnitId}); not sent again.");
            return created.Value;
        }

        /// <inheritdoc />
        protected override Task DryRunAsync(OrgUnitFields fields, string subject, RequestContext context) => Provisioner.PlanNewAsync(fields, context);
    }
}
