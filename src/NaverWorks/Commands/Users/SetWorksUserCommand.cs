using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Commands.Common;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Users
{
    /// <summary>
    /// <para type="synopsis">Changes NAVER WORKS members: only the fields given, and only where they differ.</para>
    /// <para type="description">Reads each user and PATCHes just the given fields whose value differs, so
    /// Get-WorksUser | Export-Csv, an edit, then Import-Csv | Set-WorksUser changes exactly what was edited (blank cells
    /// change nothing; use -Clear to empty a field). -OrgUnit or -OrgUnitId moves the user's primary placement there
    /// (a transfer; the position stays unless given), or with -Primary:$false adds the unit beside it. -Position,
    /// -IsManager and -Level change the primary placement. When a row gives both a name and an id that disagree, the
    /// one still equal to the user's current value gives way to the edited one. Rows run -ThrottleLimit at a time.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorksUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(User))]
    public sealed class SetWorksUserCommand : UserCmdlet<SetWorksUserCommand.Change>
    {
        private UserProvisioner? _provisioner;

        /// <summary>The users: ids, login emails or externalKey:KEY values (from the pipeline: UserId or Email properties).</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId", "Email")]
        [AllowEmptyString, AllowNull, AllowEmptyCollection]
        public string[]? Id { get; set; }

        /// <summary>Fields to empty, e.g. -Clear NickName, Position.</summary>
        [Parameter]
        [ValidateSet("ExternalKey", "EmployeeNumber", "NickName", "CellPhone", "Telephone", "Location", "PrivateEmail", "Locale", "TimeZone", "HiredDate", "Birthday", "Position", "Level", IgnoreCase = true)]
        public string[] Clear { get; set; } = Array.Empty<string>();

        /// <summary>Write each user as it is after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override string Activity => "Changing users";

        /// <inheritdoc />
        protected override string Action => "Change user";

        /// <inheritdoc />
        protected override void Begin() => _provisioner = new UserProvisioner(Users, Lookup);

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string[] ids = NonBlank(Id);
            if (ids.Length == 0)
            {
                Submit(null, _ => throw new InvalidFieldException("Id", "give the user's id, login email or externalKey:KEY (a UserId or Email column)."));
                return;
            }
            foreach (string id in ids)
            {
                Submit(id, _ =>
                {
                    UserFields fields = ReadFields();
                    foreach (string field in Clear) fields.Clear.Add(field);
                    UserFieldRules.ValidateChange(fields);
                    return new Change(id, fields);
                });
            }
        }

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(Change row, string subject, RequestContext context)
        {
            UserChange change = await _provisioner!.PlanChangeAsync(row.Id, row.Fields, context).ConfigureAwait(false);
            if (change.Patch is null)
            {
                context.Log.Verbose($"{subject}: nothing to change.");
                return PassThru ? change.Current : null;
            }
            User updated = await _provisioner.ApplyAsync(change, context).ConfigureAwait(false);
            context.Log.Verbose($"{subject}: changed {string.Join(", ", change.Changed)}.");
            return PassThru ? updated : null;
        }

        /// <inheritdoc />
        protected override async Task DryRunAsync(Change row, string subject, RequestContext context)
        {
            UserChange change = await _provisioner!.PlanChangeAsync(row.Id, row.Fields, context).ConfigureAwait(false);
            context.Log.Verbose(change.Patch is null ? $"{subject}: nothing would change." : $"{subject}: would change {string.Join(", ", change.Changed)}.");
        }

        /// <summary>One user to change, and how.</summary>
        public sealed class Change
        {
            internal Change(string id, UserFields fields)
            {
                Id = id;
                Fields = fields;
            }

            /// <summary>The user's id, email or externalKey:KEY.</summary>
            public string Id { get; }

            /// <summary>The fields given.</summary>
            public UserFields Fields { get; }
        }
    }
}
