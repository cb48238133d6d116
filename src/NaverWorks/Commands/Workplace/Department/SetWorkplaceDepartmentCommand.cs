using System;
using System.Collections;
using System.Management.Automation;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Changes a WORKPLACE department.</para>
    /// <para type="description">Only the fields given change: the department is read, the fields merged in, and the whole
    /// department written back. -ParentExternalKey moves it under another department.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WorkplaceDepartment", SupportsShouldProcess = true)]
    [OutputType(typeof(Department))]
    public sealed class SetWorkplaceDepartmentCommand : SetWorkplaceObjectCommand<Department>
    {
        /// <summary>The new name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Name { get; set; }

        /// <summary>The external key of the new parent department.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("parentDeptExternalKey")]
        [ArgumentCompleter(typeof(DepartmentKeyCompleter))]
        public string? ParentExternalKey { get; set; }

        /// <summary>The position in the org chart, e.g. 1 or 1.5.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("dispOrd")]
        [ValidateOptionalRange(0, 999999999)]
        [NullIfBlank]
        public decimal? DisplayOrder { get; set; }

        /// <summary>The department's mail address.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("deptEmailAddress")]
        public string? Email { get; set; }

        /// <summary>Whether the department address accepts mail from outside the company.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("externalEmailReceiveYn")]
        [BooleanTransformation(BlankIsNotGiven = true)]
        public bool? ReceiveExternalEmail { get; set; }

        /// <summary>Names per locale, e.g. <c>@{ ko_KR = '영업부'; en_US = 'Sales' }</c>; replaces the current ones.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public IDictionary? I18nNames { get; set; }

        /// <summary>Fields to empty, e.g. -Clear Email.</summary>
        [Parameter]
        [ValidateSet("Email", "ReceiveExternalEmail", "I18nNames", IgnoreCase = true)]
        public string[] Clear { get; set; } = Array.Empty<string>();

        /// <inheritdoc />
        protected override string[] FieldsToClear => Clear;

        /// <inheritdoc />
        protected override Department BuildChanges() => new Department
        {
            Name = WorkplaceInput.Text(Name),
            ParentExternalKey = WorkplaceInput.Text(ParentExternalKey),
            DisplayOrder = DisplayOrder,
            Email = WorkplaceInput.Text(Email),
            ReceiveExternalEmail = ReceiveExternalEmail,
            I18nNames = WorkplaceInput.Names(I18nNames),
        };
    }
}
