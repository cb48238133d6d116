using System;
using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.OrgUnits
{
    /// <summary>
    /// What New-WorksOrgUnit and Set-WorksOrgUnit share: the org unit field parameters (binding by property name, so
    /// a CSV of units works), read into <see cref="OrgUnitFields"/>. Rows run one at a time: org-unit writes are
    /// single-threaded anyway (the transport paces them), and a row may name a parent created by an earlier row.
    /// </summary>
    public abstract class OrgUnitCmdlet<TRow> : BulkCmdlet<TRow> where TRow : class
    {
        private OrgUnitProvisioner? _provisioner;

        /// <summary>The parent's id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(OrgUnitIdCompleter))]
        public string? ParentId { get; set; }

        /// <summary>The parent's name, id or externalKey:KEY; a name must match exactly one unit.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(OrgUnitNameCompleter))]
        public string? Parent { get; set; }

        /// <summary>Order among the siblings (1 or more).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? DisplayOrder { get; set; }

        /// <summary>Team mailing address (local part of 2–64 characters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? Email { get; set; }

        /// <summary>Description (at most 160 characters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? Description { get; set; }

        /// <summary>External key (unique; no % \ # / ?).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("OrgUnitExternalKey")]
        [AllowEmptyString, AllowNull]
        public string? ExternalKey { get; set; }

        /// <summary>The domain (default: the session's, else the tenant's).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? DomainId { get; set; }

        /// <summary>Shown in the org chart (-Visible:$false hides the unit; a unit under a hidden parent must be hidden).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter Visible { get; set; }

        /// <summary>The run's org unit provisioner.</summary>
        protected OrgUnitProvisioner Provisioner => _provisioner!;

        /// <inheritdoc />
        protected override void Begin() => _provisioner = new OrgUnitProvisioner(OrgUnits, Lookup);

        /// <summary>The fields given for the current row (<paramref name="name"/> is read by the caller).</summary>
        protected OrgUnitFields ReadFields(string? name) => new OrgUnitFields
        {
            Name = name,
            ParentId = Text(nameof(ParentId), ParentId),
            Parent = Text(nameof(Parent), Parent),
            // A blank cell binds as 0, which is no order at all; negative orders are left for the rules to refuse.
            DisplayOrder = IsGiven(nameof(DisplayOrder)) && DisplayOrder is int order && order != 0 ? order : (int?)null,
            Email = Text(nameof(Email), Email),
            Description = Text(nameof(Description), Description),
            ExternalKey = Text(nameof(ExternalKey), ExternalKey),
            DomainId = IsGiven(nameof(DomainId)) && DomainId > 0 ? DomainId : DomainFor(null),
            Visible = Flag(nameof(Visible), Visible),
        };

        /// <inheritdoc />
        protected override string? FieldOf(Exception error)
        {
            if (error is not WorksApiException api || api.Description is null) return null;
            string d = api.Description;
            if (d.StartsWith("orgUnitName", StringComparison.Ordinal)) return "Name";
            if (d.StartsWith("parentOrgUnitId", StringComparison.Ordinal)) return "Parent";
            if (d.StartsWith("orgUnitExternalKey", StringComparison.Ordinal)) return "ExternalKey";
            if (d.StartsWith("email", StringComparison.Ordinal)) return "Email";
            if (d.StartsWith("displayOrder", StringComparison.Ordinal)) return "DisplayOrder";
            if (d.StartsWith("visible", StringComparison.Ordinal)) return "Visible";
            if (d.StartsWith("description", StringComparison.Ordinal)) return "Description";
            return null;
        }
    }
}
