using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Commands.Common;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Groups
{
    /// <summary>
    /// <para type="synopsis">Creates NAVER WORKS groups.</para>
    /// <para type="description">Creates a group with its administrators and members (users, org units or groups, as
    /// objects from the Get-Works* cmdlets or as ids, emails or externalKey:KEY). Each group is created exactly once,
    /// even when the service fails mid-way; -SkipExisting passes over groups that already exist (the same external key,
    /// or without one the same name), so a file can be run again. Accepts rows from Import-Csv.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorksGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Group))]
    public sealed class NewWorksGroupCommand : GroupCmdlet<GroupFields>
    {
        /// <summary>The group's name (required).</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("GroupName")]
        [AllowEmptyString, AllowNull]
        public string? Name { get; set; }

        /// <summary>Administrators: user ids, emails or externalKey:KEY.</summary>
        [Parameter]
        public string[] Administrator { get; set; } = System.Array.Empty<string>();

        /// <summary>Members: user, org unit or group objects, or ids, emails or externalKey:KEY values (typed by -MemberType).</summary>
        [Parameter]
        public object[] Member { get; set; } = System.Array.Empty<object>();

        /// <summary>The type of members given as text: User (default), OrgUnit or Group.</summary>
        [Parameter]
        [ValidateSet("User", "OrgUnit", "Group")]
        public string MemberType { get; set; } = "User";

        /// <summary>
        /// Pass over groups that already exist (reported with -Verbose) instead of creating them again: the same external
        /// key when the row has one, else the same name (ignoring case).
        /// </summary>
        [Parameter]
        public SwitchParameter SkipExisting { get; set; }

        /// <inheritdoc />
        protected override string Activity => "Creating groups";

        /// <inheritdoc />
        protected override string Action => "Create group";

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string? name = Text(nameof(Name), Name);
            Submit(name, _ =>
            {
                GroupFields fields = ReadFields(name);
                foreach (string admin in NonBlank(Administrator)) fields.Administrators.Add(admin);
                foreach (object member in Member) fields.Members.Add(GroupMemberInput.Read(member, GroupMemberInput.WireType(MemberType)));
                GroupProvisioner.Validate(fields, isNew: true);
                return fields;
            });
        }

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(GroupFields fields, string subject, RequestContext context) =>
            CreateReport.Written(await Provisioner.CreateAsync(fields, SkipExisting, context).ConfigureAwait(false), "group", subject, context.Log.Verbose);

        /// <inheritdoc />
        protected override async Task DryRunAsync(GroupFields fields, string subject, RequestContext context) =>
            Rehearsed(await Provisioner.RehearseCreateAsync(fields, SkipExisting, PlannedId(subject), context).ConfigureAwait(false), subject, context);
    }
}
