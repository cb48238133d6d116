using NaverWorks.Workplace;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes WORKPLACE job position external keys (the menu shows their names).</summary>
    public sealed class JobKeyCompleter : WorkplaceKeyCompleter
    {
        /// <inheritdoc />
        protected override WorkplaceResource? ResourceFor(CompletionRequest request) => WorkplaceResource.Job;
    }
}
