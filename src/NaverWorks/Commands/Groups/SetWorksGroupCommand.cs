using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Commands.Completers;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Groups
{
    /// <summary>
    /// <para type="synopsis">Changes NAVER WORKS groups: only the fields given, and only where they differ.</para>
    /// <para type="description">Reads each group and PATCHes the given fields whose value differs. Membership changes
    /// with Add-WorksGroupMember and Remove-WorksGroupMember.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorksGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Group))]
    public sealed class SetWorksGroupCommand : GroupCmdlet<SetWorksGroupCommand.Change>
    {
        /// <summary>The group: its id or externalKey:KEY.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupId")]
        [AllowEmptyString, AllowNull]
        [ArgumentCompleter(typeof(GroupIdCompleter))]
        public string? Id { get; set; }

        /// <summary>A new name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("GroupName")]
        [AllowEmptyString, AllowNull]
        public string? Name { get; set; }

        /// <summary>Write each group as it is after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override string Activity => "Changing groups";

        /// <inheritdoc />
        protected override string Action => "Change group";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string? id = Text(nameof(Id), Id);
            Submit(id, _ =>
            {
                if (id is null) throw new InvalidFieldException("Id", "give the group's id or externalKey:KEY (a GroupId column).");
                GroupFields fields = ReadFields(Text(nameof(Name), Name));
                GroupProvisioner.Validate(fields, isNew: false);
                return new Change(id, fields);
            });
        }

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(Change row, string subject, RequestContext context)
        {
            var (current, patch, changed) = await Provisioner.PlanChangeAsync(row.Id, row.Fields, context).ConfigureAwait(false);
            if (patch is null)
            {
                context.Log.Verbose($"{subject}: nothing to change.");
                return PassThru ? current : null;
            }
            Group updated = await Groups.PatchAsync(current.GroupId!, patch, context).ConfigureAwait(false);
            context.Log.Verbose($"{subject}: changed {string.Join(", ", changed)}.");
            return PassThru ? updated : null;
        }

        /// <inheritdoc />
        protected override async Task DryRunAsync(Change row, string subject, RequestContext context)
        {
            var (_, patch, changed) = await Provisioner.PlanChangeAsync(row.Id, row.Fields, context).ConfigureAwait(false);
            context.Log.Verbose(patch is null ? $"{subject}: nothing would change." : $"{subject}: would change {string.Join(", ", changed)}.");
        }

        /// <summary>One group to change, and how.</summary>
        public sealed class Change
        {
            internal Change(string id, GroupFields fields)
            {
                Id = id;
                Fields = fields;
            }

            /// <summary>The group's id or externalKey:KEY.</summary>
            public string Id { get; }

            /// <summary>The fields given.</summary>
            public GroupFields Fields { get; }
        }
    }
}
