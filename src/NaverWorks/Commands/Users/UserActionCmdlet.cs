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
    /// What Remove-, Suspend- and Resume-WorksUser share: users named by id, email or externalKey:KEY (as strings,
    /// or piped objects with a UserId or Email), one exactly-once action each, -ThrottleLimit at a time.
    /// </summary>
    public abstract class UserActionCmdlet : BulkCmdlet<string>
    {
        /// <summary>The users: ids, login emails or externalKey:KEY values.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId", "Email")]
        [AllowEmptyString, AllowNull, AllowEmptyCollection]
        public string[]? Id { get; set; }

        /// <summary>Users handled at once (default 4).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 4;

        /// <inheritdoc />
        protected override int Concurrency => ThrottleLimit;

        /// <summary>Carries out the action on one user.</summary>
        /// <returns>True when an unknown outcome had to be checked.</returns>
        protected abstract Task<bool> ActAsync(string id, RequestContext context);

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            string[] ids = NonBlank(Id);
            if (ids.Length == 0) Submit(null, _ => throw new InvalidFieldException("Id", "give the user's id, login email or externalKey:KEY."));
            foreach (string id in ids) Submit(id, _ => id);
        }

        /// <inheritdoc />
        protected override async Task<object?> ExecuteAsync(string id, string subject, RequestContext context)
        {
            if (await ActAsync(id, context).ConfigureAwait(false))
                context.Log.Verbose($"{subject}: the service's answer was lost, but the action had taken effect; not sent again.");
            return null;
        }
    }
}
