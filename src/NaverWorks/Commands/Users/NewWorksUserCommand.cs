using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using System.Threading.Tasks;
using NaverWorks.Auth;
using NaverWorks.Commands.Common;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Users
{
    /// <summary>
    /// <para type="synopsis">Creates NAVER WORKS members, one or thousands: Import-Csv users.csv | New-WorksUser.</para>
    /// <para type="description">Every parameter binds by property name, so plain CSV headers (Email, LastName, FirstName,
    /// OrgUnit, Position, Level, EmployeeNumber, CellPhone, Password…) work. OrgUnit, Position and Level take names or ids,
    /// resolved through one listing per run; a name that matches nothing or several objects fails its row. Rows run
    /// -ThrottleLimit at a time and each is created exactly once even when the service fails mid-way (after an unknown
    /// outcome the user is looked up by email before anything is sent again). Each created user is written with its input
    /// Row number; each failure is an error naming the row, the email and the field. A user who already exists is an error,
    /// or passed over with -SkipExisting. -WhatIf checks and resolves every row and creates nothing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorksUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(User))]
    public sealed class NewWorksUserCommand : UserCmdlet<UserFields>
    {
        private UserProvisioner? _provisioner;
        private readonly Dictionary<string, long> _emails = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Login email: the user's account (required).</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? Email { get; set; }

        /// <summary>The first password (a SecureString or plain text, e.g. a CSV column); implies PasswordCreationType Admin.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SecretTransformation]
        [AllowNull]
        public SecureString? Password { get; set; }

        /// <summary>Admin (you set the password) or Member (the member does, through PrivateEmail; the API's default).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? PasswordCreationType { get; set; }

        /// <summary>Ask for a new password at the first sign-in.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter ChangePasswordAtNextLogin { get; set; }

        /// <summary>Pass over users that already exist (reported with -Verbose) instead of reporting an error.</summary>
        [Parameter]
        public SwitchParameter SkipExisting { get; set; }

        /// <inheritdoc />
        protected override string Activity => "Creating users";

        /// <inheritdoc />
        protected override string Action => "Create user";

        /// <inheritdoc />
        protected override void Begin() => _provisioner = new UserProvisioner(Users, Lookup);

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string? email = Text(nameof(Email), Email);
            Submit(email, row =>
            {
                UserFields fields = ReadFields();
                fields.Email = email;
                fields.Password = IsGiven(nameof(Password)) && Password is { Length: > 0 } ? Secret.FromSecureString(Password) : null;
                fields.PasswordCreationType = Text(nameof(PasswordCreationType), PasswordCreationType);
                fields.ChangePasswordAtNextLogin = Flag(nameof(ChangePasswordAtNextLogin), ChangePasswordAtNextLogin);
                UserFieldRules.ValidateNew(fields);
                // The same email twice in one run is the input's mistake, caught before the service sees it.
                if (_emails.TryGetValue(fields.Email!, out long first))
                    throw new InvalidFieldException("Email", $"'{fields.Email}' is also on row {first}.");
                _emails[fields.Email!] = row;
                return fields;
            });
        }

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(UserFields fields, string subject, RequestContext context) =>
            CreateReport.Written(await _provisioner!.CreateAsync(fields, SkipExisting, context).ConfigureAwait(false), "user", subject, context.Log.Verbose);

        /// <inheritdoc />
        protected override Task DryRunAsync(UserFields fields, string subject, RequestContext context) => _provisioner!.PlanNewAsync(fields, context);
    }
}
