using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Groups
{
    /// <summary>What New-WorksGroup and Set-WorksGroup share: the group field parameters (binding by property name).</summary>
    public abstract class GroupCmdlet<TRow> : BulkCmdlet<TRow> where TRow : class
    {
        private GroupProvisioner? _provisioner;

        /// <summary>Description.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? Description { get; set; }

        /// <summary>Group mailing address (needed by -UseMail).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString, AllowNull]
        public string? Email { get; set; }

        /// <summary>External key (unique; no % \ # / ?).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("GroupExternalKey")]
        [AllowEmptyString, AllowNull]
        public string? ExternalKey { get; set; }

        /// <summary>Group mail.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter UseMail { get; set; }

        /// <summary>Group message room (needed by note, calendar, task and folder).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter UseMessage { get; set; }

        /// <summary>Group note.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter UseNote { get; set; }

        /// <summary>Group calendar.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter UseCalendar { get; set; }

        /// <summary>Group task.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter UseTask { get; set; }

        /// <summary>Group folder.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BooleanTransformation]
        public SwitchParameter UseFolder { get; set; }

        /// <summary>The run's group provisioner.</summary>
        protected GroupProvisioner Provisioner => _provisioner!;

        /// <inheritdoc />
        protected override void Begin() => _provisioner = new GroupProvisioner(Groups, Users, Lookup);

        /// <summary>The fields given for the current row (<paramref name="name"/> is read by the caller).</summary>
        protected GroupFields ReadFields(string? name) => new GroupFields
        {
            Name = name,
            Description = Text(nameof(Description), Description),
            Email = Text(nameof(Email), Email),
            ExternalKey = Text(nameof(ExternalKey), ExternalKey),
            DomainId = DomainFor(null),
            UseMail = Flag(nameof(UseMail), UseMail),
            UseMessage = Flag(nameof(UseMessage), UseMessage),
            UseNote = Flag(nameof(UseNote), UseNote),
            UseCalendar = Flag(nameof(UseCalendar), UseCalendar),
            UseTask = Flag(nameof(UseTask), UseTask),
            UseFolder = Flag(nameof(UseFolder), UseFolder),
        };
    }
}
