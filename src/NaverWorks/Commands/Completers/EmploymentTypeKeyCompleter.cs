using NaverWorks.Workplace;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes WORKPLACE employment type external keys (the menu shows their names).</summary>
    public sealed class EmploymentTypeKeyCompleter : WorkplaceKeyCompleter
    {
        /// <inheritdoc />
        protected override WorkplaceResource? ResourceFor(CompletionRequest request) => WorkplaceResource.EmploymentType;
    }
}
