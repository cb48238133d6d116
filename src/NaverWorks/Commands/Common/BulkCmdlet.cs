using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Base of the cmdlets that write the directory, one row per input (<c>Import-Csv users.csv | New-WorksUser</c>).
    /// Every input row gets a number and is accounted for exactly once, in input order: an object written, an
    /// error naming the row (and the field at fault), or a row skipped by -Confirm. A row that fails validation
    /// never reaches the service and never stops the others. Under -WhatIf a row is still validated and its names
    /// resolved (<see cref="DryRunAsync"/>): nothing is written, but the errors a real run would meet show up.
    /// Rows run <see cref="Concurrency"/> at a time through the module's one bulk executor.
    /// </summary>
    /// <typeparam name="TRow">What a row carries from ProcessRecord to the worker.</typeparam>
    public abstract class BulkCmdlet<TRow> : DirectoryCmdlet where TRow : class
    {
        private BulkPipeline<Row, object?>? _pipeline;
        private long _rows;
        private System.Collections.Generic.HashSet<string> _fromCommandLine = new System.Collections.Generic.HashSet<string>();

        /// <summary>The input row as piped (a CSV row, an object…), kept to point error records at it.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>
        /// How many rows to expect (e.g. <c>$rows.Count</c>), so the progress bar shows percent and time left; piped
        /// rows arrive one by one and cannot be counted ahead. Only a hint: nothing else depends on it.
        /// </summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int ExpectedCount { get; set; }

        /// <summary>Rows in flight at once (1 when rows must run one after the other).</summary>
        protected virtual int Concurrency => 1;

        /// <summary>The progress activity, e.g. "Creating users".</summary>
        protected abstract string Activity { get; }

        /// <summary>The ShouldProcess action, e.g. "Create user".</summary>
        protected abstract string Action { get; }

        /// <summary>Does the row's work on a worker thread; returns what to write, or null for nothing.</summary>
        /// <param name="row">What <see cref="Submit"/> read.</param>
        /// <param name="subject">How the row is named in messages ("Row 5 (bob@example.com)").</param>
        /// <param name="context">Log and cancellation.</param>
        protected abstract Task<object?> ExecuteAsync(TRow row, string subject, RequestContext context);

        /// <summary>Under -WhatIf: checks the row as far as possible without writing anything. Does nothing by default.</summary>
        protected virtual Task DryRunAsync(TRow row, string subject, RequestContext context) => Task.CompletedTask;

        /// <summary>The parameter an error is about, for the error's subject (InvalidFieldException says it itself).</summary>
        protected virtual string? FieldOf(Exception error) => null;

        /// <summary>
        /// Under -WhatIf, what a create's rehearsal says: that -SkipExisting would pass over the row, when
        /// <paramref name="existingId"/> names the object it would duplicate.
        /// </summary>
        protected static void Rehearsed(string? existingId, string subject, RequestContext context)
        {
            if (existingId is not null) context.Log.Verbose($"{subject}: already exists as {existingId}; would be skipped.");
        }

        /// <summary>The made-up id under which a rehearsal remembers what the row would create (never sent).</summary>
        protected static string PlannedId(string subject) => $"(to be created by {subject})";

        /// <summary>
        /// Starts one row: numbers it, asks ShouldProcess, and queues it (or its dry run under -WhatIf). Rows are
        /// reported in the order they were submitted.
        /// </summary>
        /// <param name="label">How the row is named in messages: an email, an id, a name.</param>
        /// <param name="read">Reads and checks the row's parameters (on the pipeline thread), given the row number; may throw <see cref="InvalidFieldException"/>.</param>
        protected void Submit(string? label, Func<long, TRow> read)
        {
            long number = ++_rows;
            string subject = RowSubject.Format(MyInvocation, number, label);
            TRow data;
            try
            {
                data = read(number);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException)
            {
                Queue(new Row(number, subject, null, InputObject, ex, dryRun: false));
                return;
            }
            string description = $"Performing the operation \"{Action}\" on target \"{subject}\".";
            if (ShouldProcess(description, $"{Action} {subject}?", "Confirm", out ShouldProcessReason reason))
                Queue(new Row(number, subject, data, InputObject, null, dryRun: false));
            else if (reason == ShouldProcessReason.WhatIf)
                Queue(new Row(number, subject, data, InputObject, null, dryRun: true));
        }

        /// <summary>Prepares the run (called from BeginProcessing, after the command line is bound).</summary>
        protected virtual void Begin() { }

        /// <inheritdoc />
        protected sealed override void BeginProcessing()
        {
            // What is bound now came from the command line; anything bound later came from a piped row.
            _fromCommandLine = new System.Collections.Generic.HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            // The default session is found through the pipeline thread's runspace: resolve it (and the run's lookup)
            // here, before any worker thread needs them.
            _ = Lookup;
            Begin();
        }

        /// <summary>True when the parameter was given a value: on the command line, or from a piped row's non-blank property.</summary>
        protected bool IsGiven(string parameter)
        {
            if (!MyInvocation.BoundParameters.ContainsKey(parameter)) return false;
            if (_fromCommandLine.Contains(parameter) || InputObject is null || InputObject.BaseObject is string) return true;
            // Bound from the piped row: a blank cell is no value (Import-Csv gives "" for every empty cell).
            var blank = BlankPropertiesOf(InputObject);
            foreach (string n in NamesOf(parameter))
            {
                if (blank.Contains(n)) return false;
            }
            return true;
        }

        private PSObject? _blankOf;
        private System.Collections.Generic.HashSet<string> _blank = new System.Collections.Generic.HashSet<string>();

        // The row's blank properties, read once per row rather than once per field.
        private System.Collections.Generic.HashSet<string> BlankPropertiesOf(PSObject row)
        {
            if (ReferenceEquals(row, _blankOf)) return _blank;
            var blank = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (PSPropertyInfo property in row.Properties)
            {
                object? value;
                try
                {
                    value = property.Value;
                }
                catch (GetValueException)
                {
                    continue;
                }
                if (value is null || value is string s && string.IsNullOrWhiteSpace(s)) blank.Add(property.Name);
            }
            _blankOf = row;
            _blank = blank;
            return blank;
        }

        // A parameter's name and aliases, per cmdlet type: CommandInfo.Parameters is rebuilt on every access, and a
        // bulk row asks about every field.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), string[]> Names =
            new System.Collections.Concurrent.ConcurrentDictionary<(Type, string), string[]>();

        private string[] NamesOf(string parameter) =>
            Names.GetOrAdd((GetType(), parameter), _ => new[] { parameter }.Concat(MyInvocation.MyCommand.Parameters[parameter].Aliases).ToArray());

        /// <summary>A switch's value, or null when it was not given (or came from a blank cell).</summary>
        protected bool? Flag(string parameter, SwitchParameter value) => IsGiven(parameter) ? value.IsPresent : (bool?)null;

        /// <summary>A text parameter's value, or null when blank or not given.</summary>
        protected string? Text(string parameter, string? value) => IsGiven(parameter) ? UserFields.Given(value) : null;

        /// <summary>The non-blank values of a string-array parameter, trimmed.</summary>
        protected static string[] NonBlank(string[]? values) =>
            (values ?? Array.Empty<string>()).Select(UserFields.Given).Where(v => v is not null).Select(v => v!).ToArray();

        /// <inheritdoc />
        protected override void EndProcessing() => _pipeline?.Complete();

        private void Queue(Row row)
        {
            _pipeline ??= new BulkPipeline<Row, object?>(this, Context, Concurrency, RunAsync, Report, Activity);
            _pipeline.Add(row);
        }

        private async Task<object?> RunAsync(Row row, RequestContext context)
        {
            if (row.Invalid is not null) throw row.Invalid;
            if (!row.DryRun) return await ExecuteAsync(row.Data!, row.Subject, context).ConfigureAwait(false);
            await DryRunAsync(row.Data!, row.Subject, context).ConfigureAwait(false);
            return null;
        }

        private void Report(BulkOutcome<Row, object?> outcome)
        {
            Row row = outcome.Item;
            if (outcome.Error is Exception error)
            {
                if (error is OperationCanceledException && StopToken.IsCancellationRequested) return;
                string? field = error is InvalidFieldException ? null : FieldOf(error);
                WriteError(error, row.Input, field is null ? row.Subject : $"{row.Subject}, field {field}");
                return;
            }
            if (outcome.Result is null) return;
            var output = PSObject.AsPSObject(outcome.Result);
            // Results of piped rows say which row they answer, for the audit trail of a bulk run (the models have no Row).
            if (MyInvocation.ExpectingInput) output.Properties.Add(new PSNoteProperty("Row", row.Number));
            WriteObject(output);
        }

        private sealed class Row
        {
            public Row(long number, string subject, TRow? data, object? input, Exception? invalid, bool dryRun)
            {
                Number = number;
                Subject = subject;
                Data = data;
                Input = input;
                Invalid = invalid;
                DryRun = dryRun;
            }

            public long Number { get; }
            public string Subject { get; }
            public TRow? Data { get; }
            public object? Input { get; }
            public Exception? Invalid { get; }
            public bool DryRun { get; }
        }
    }
}
