using System;
using System.Collections;
using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>Set-WorkplaceGrade, Set-WorkplaceJob and Set-WorkplaceEmploymentType: one implementation for the three codes.</summary>
    public abstract class SetWorkplaceCodeCommand<T> : SetWorkplaceObjectCommand<T> where T : OrganizationCode, new()
    {
        /// <summary>The new name; unique within its kind.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Name { get; set; }

        /// <summary>The display order, a whole number.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateOptionalRange(0, 999999999)]
        [NullIfBlank]
        public int? SortOrder { get; set; }

        /// <summary>Whether the code can be assigned to employees.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("itemUsed")]
        [BooleanTransformation(BlankIsNotGiven = true)]
        public bool? InUse { get; set; }

        /// <summary>Names per locale; replaces the current ones.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public IDictionary? I18nNames { get; set; }

        /// <summary>Fields to empty, e.g. -Clear I18nNames.</summary>
        [Parameter]
        [ValidateSet("I18nNames", IgnoreCase = true)]
        public string[] Clear { get; set; } = Array.Empty<string>();

        /// <inheritdoc />
        protected override string[] FieldsToClear => Clear;

        /// <inheritdoc />
        protected override T BuildChanges() => new T
        {
            Name = WorkplaceInput.Text(Name),
            SortOrder = SortOrder,
            InUse = InUse,
            I18nNames = WorkplaceInput.Names(I18nNames),
        };
    }
}
