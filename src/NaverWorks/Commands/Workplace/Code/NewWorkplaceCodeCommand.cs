using System.Collections;
using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// New-WorkplaceGrade, New-WorkplaceJob and New-WorkplaceEmploymentType: the API gives the three one body
    /// shape, so they share this implementation and differ only in their noun.
    /// </summary>
    public abstract class NewWorkplaceCodeCommand<T> : NewWorkplaceObjectCommand<T> where T : OrganizationCode, new()
    {
        /// <summary>The name; unique within its kind.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        /// <summary>The display order, a whole number.</summary>
        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, 999999999)]
        [NullIfBlank]
        public int SortOrder { get; set; }

        /// <summary>Whether the code can be assigned to employees (default: true).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("itemUsed")]
        [BooleanTransformation(BlankIsNotGiven = true)]
        public bool? InUse { get; set; }

        /// <summary>Names per locale, e.g. <c>@{ ko_KR = '차장'; en_US = 'Senior Manager' }</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public IDictionary? I18nNames { get; set; }

        /// <inheritdoc />
        protected override T BuildDraft() => new T
        {
            Name = WorkplaceInput.Text(Name),
            SortOrder = SortOrder,
            InUse = InUse ?? true,
            I18nNames = WorkplaceInput.Names(I18nNames),
        };

        /// <inheritdoc />
        protected override string Describe(T draft) =>
            $"{CurrentSession.Resource<T>().Noun} '{draft.ExternalKey}' ({draft.Name})";
    }
}
