using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Commands.Common;
using NaverWorks.Commands.Completers;
using NaverWorks.Http;
using NaverWorks.Workplace;

namespace NaverWorks.Commands.Workplace
{
    /// <summary>
    /// <para type="synopsis">Creates WORKPLACE departments, one or a whole org chart from CSV.</para>
    /// <para type="description">The parent must exist, or be created earlier in the same input: rows are started parents
    /// first whatever their order (a department whose parent comes later waits for it). A parent that is neither in
    /// WORKPLACE nor in the input, a cycle, or a failed parent makes the row an error naming the row. Creates are
    /// exactly-once under retries; -SkipExisting leaves departments that already exist.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WorkplaceDepartment", SupportsShouldProcess = true)]
    [OutputType(typeof(Department))]
    public sealed class NewWorkplaceDepartmentCommand : NewWorkplaceObjectCommand<Department>
    {
        private readonly ParentsFirstOrder<WorkplaceRow<Department>> _order = new ParentsFirstOrder<WorkplaceRow<Department>>(Department.RootParent);
        private readonly ConcurrentDictionary<string, Lazy<Task<bool>>> _parentExists = new ConcurrentDictionary<string, Lazy<Task<bool>>>(StringComparer.Ordinal);

        /// <summary>The department name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        /// <summary>The parent department's external key ("#" only for the company's single top-level department).</summary>
        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [Alias("parentDeptExternalKey")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(DepartmentKeyCompleter))]
        public string ParentExternalKey { get; set; } = "";

        /// <summary>The position in the org chart, e.g. 1 or 1.5 (default 1).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("dispOrd")]
        [ValidateOptionalRange(0, 999999999)]
        [NullIfBlank]
        public decimal? DisplayOrder { get; set; }

        /// <summary>The department's mail address.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("deptEmailAddress")]
        public string? Email { get; set; }

        /// <summary>Whether the department address accepts mail from outside the company (default: no).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("externalEmailReceiveYn")]
        [BooleanTransformation(BlankIsNotGiven = true)]
        public bool? ReceiveExternalEmail { get; set; }

        /// <summary>Names per locale, e.g. <c>@{ ko_KR = '영업부'; en_US = 'Sales' }</c>.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public IDictionary? I18nNames { get; set; }

        /// <inheritdoc />
        protected override Department BuildDraft() => new Department
        {
            Name = WorkplaceInput.Text(Name),
            ParentExternalKey = WorkplaceInput.Text(ParentExternalKey),
            // dispOrd is required and undocumented beyond its examples ("1", "17", "1.0").
            DisplayOrder = DisplayOrder ?? 1m,
            Email = WorkplaceInput.Text(Email),
            ReceiveExternalEmail = ReceiveExternalEmail,
            I18nNames = WorkplaceInput.Names(I18nNames),
        };

        /// <inheritdoc />
        protected override string Describe(Department draft) =>
            $"department '{draft.ExternalKey}' ({draft.Name}) under '{draft.ParentExternalKey}'";

        internal override void Schedule(WorkplaceRow<Department> row)
        {
            _order.Add(row.Row, row.Key, row.Draft.ParentExternalKey!, row);
            StartReady();
        }

        internal override void Declined(WorkplaceRow<Department> row)
        {
            _order.Skip(row.Row, row.Key, row.Draft.ParentExternalKey!);
            WriteBlocked();
        }

        internal override void Finished(WorkplaceRow<Department> row, bool created)
        {
            _order.Finished(row.Key, created);
            WriteBlocked();
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            StartReady();
            // Parents that never appeared in the input must already exist in WORKPLACE. The client is taken
            // here, on the pipeline thread, because the checks run on workers.
            IReadOnlyList<ParentsFirstOrder<WorkplaceRow<Department>>.Entry> orphans = _order.EndOfInput();
            WorkplaceResourceApi<Department>? api = orphans.Count > 0 ? CurrentSession.Departments : null;
            foreach (var entry in orphans)
            {
                string parent = entry.Parent;
                entry.Item.Before = context => RequireParentAsync(api!, parent, context);
                Submit(entry.Item);
                StartReady();
            }
            // Finishing a row may release its children: start them and wait again, until a full drain releases nothing.
            while (true)
            {
                StartReady();
                CompleteStarted();
                if (!_order.HasReady) break;
            }
            foreach (var failed in _order.FailUnfinished())
                WriteRowError(failed.Key.Item, new ArgumentException(failed.Value, nameof(ParentExternalKey)));
        }

        private void StartReady()
        {
            WriteBlocked();
            while (_order.TryTakeReady(out var entry))
            {
                Submit(entry.Item);
                WriteBlocked();
            }
        }

        private void WriteBlocked()
        {
            foreach (var failed in _order.TakeFailed())
                WriteRowError(failed.Key.Item, new InvalidOperationException(failed.Value));
        }

        private async Task RequireParentAsync(WorkplaceResourceApi<Department> api, string parent, RequestContext context)
        {
            // One lookup per parent, shared by all its children.
            Lazy<Task<bool>> lookup = _parentExists.GetOrAdd(parent, key => new Lazy<Task<bool>>(async () =>
                await api.FindAsync(key, context).ConfigureAwait(false) is not null));
            if (!await lookup.Value.ConfigureAwait(false))
                throw new ArgumentException($"The parent department '{parent}' does not exist in WORKPLACE and is not in this input.", nameof(ParentExternalKey));
        }
    }
}
