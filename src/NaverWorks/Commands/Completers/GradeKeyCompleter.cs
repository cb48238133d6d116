using NaverWorks.Workplace;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes WORKPLACE job grade external keys (the menu shows their names).</summary>
    public sealed class GradeKeyCompleter : WorkplaceKeyCompleter
    {
        /// <inheritdoc />
        protected override WorkplaceResource? ResourceFor(CompletionRequest request) => WorkplaceResource.Grade;
    }
}
