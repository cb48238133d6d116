using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Commands.Common;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.OrgUnits
{
    /// <summary>
    /// <para type="synopsis">Creates NAVER WORKS org units (teams), one or a whole CSV of them.</para>
    /// <para type="description">-Parent takes the parent's name, id or externalKey:KEY; a unit created by an earlier row
    /// can be named by a later one, so list parents before children. Org-unit writes are sent one at a time with the
    /// session's OrgUnitWriteInterval between them (the API asks for once per second), and each unit is created exactly
    /// once even when the service fails mid-way. -SkipExisting passes over units that already exist (the same external
    /// key, or without one the same name under the same parent), so a file can be run again. -WhatIf checks and
    /// resolves every row, parents that earlier rows would create included, and creates nothing.</para>
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

        /// <summary>
        /// Pass over units that already exist (reported with -Verbose) instead of creating them again: the same external
        /// key when the row has one, else the same name (ignoring case) under the same parent.
        /// </summary>
        [Parameter]
        public SwitchParameter SkipExisting { get; set; }

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
        protected override async Task<object?> ExecuteAsync(OrgUnitFields fields, string subject, RequestContext context) =>
            CreateReport.Written(await Provisioner.CreateAsync(fields, SkipExisting, context).ConfigureAwait(false), "unit", subject, context.Log.Verbose);

        /// <inheritdoc />
        protected override async Task DryRunAsync(OrgUnitFields fields, string subject, RequestContext context) =>
            Rehearsed(await Provisioner.RehearseCreateAsync(fields, SkipExisting, PlannedId(subject), context).ConfigureAwait(false), subject, context);
    }
}
