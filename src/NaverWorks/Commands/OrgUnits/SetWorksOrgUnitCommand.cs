using System;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Commands.Completers;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.OrgUnits
{
    /// <summary>
    /// <para type="synopsis">Changes NAVER WORKS org units: only the fields given, and only where they differ.</para>
    /// <para type="description">Reads each unit and PATCHes the given fields whose value differs; a new -Parent or
    /// -ParentId (or -TopLevel) moves the unit, since the API changes parents only through its move operation.
    /// Get-WorksOrgUnit | Export-Csv, an edit, and Import-Csv | Set-WorksOrgUnit change exactly what was edited.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorksOrgUnit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OrgUnit))]
    public sealed class SetWorksOrgUnitCommand : OrgUnitCmdlet<SetWorksOrgUnitCommand.Change>
    {
        /// <summary>The unit: its id or externalKey:KEY.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("OrgUnitId")]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(OrgUnitIdCompleter))]
        public string? Id { get; set; }

        /// <summary>A new name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("OrgUnitName")]
        [AllowEmptyString, AllowNull]
        public string? Name { get; set; }

        /// <summary>Move the unit to the top level.</summary>
        [Parameter]
        public SwitchParameter TopLevel { get; set; }

        /// <summary>Write each unit as it is after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override string Activity => "Changing org units";

        /// <inheritdoc />
        protected override string Action => "Change org unit";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string? id = Text(nameof(Id), Id);
            Submit(id, _ =>
            {
                if (id is null) throw new InvalidFieldException("Id", "give the org unit's id or externalKey:KEY (an OrgUnitId column).");
                OrgUnitFields fields = ReadFields(Text(nameof(Name), Name));
                fields.ToTopLevel = TopLevel;
                OrgUnitProvisioner.Validate(fields, isNew: false);
                return new Change(id, fields);
            });
        }

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(Change row, string subject, RequestContext context)
        {
            OrgUnitChange change = await Provisioner.PlanChangeAsync(row.Id, row.Fields, context).ConfigureAwait(false);
            if (change.IsEmpty)
            {
                context.Log.Verbose($"{subject}: nothing to change.");
                return PassThru ? change.Current : null;
            }
            OrgUnit updated = await Provisioner.ApplyAsync(change, context).ConfigureAwait(false);
            context.Log.Verbose($"{subject}: changed {string.Join(", ", change.Changed)}.");
            return PassThru ? updated : null;
        }

        /// <inheritdoc />
        protected override async Task DryRunAsync(Change row, string subject, RequestContext context)
        {
            OrgUnitChange change = await Provisioner.PlanChangeAsync(row.Id, row.Fields, context).ConfigureAwait(false);
            context.Log.Verbose(change.IsEmpty ? $"{subject}: nothing would change." : $"{subject}: would change {string.Join(", ", change.Changed)}.");
        }

        /// <summary>One unit to change, and how.</summary>
        public sealed class Change
        {
            internal Change(string id, OrgUnitFields fields)
            {
                Id = id;
                Fields = fields;
            }

            /// <summary>The unit's id or externalKey:KEY.</summary>
            public string Id { get; }

            /// <summary>The fields given.</summary>
            public OrgUnitFields Fields { get; }
        }
    }
}
