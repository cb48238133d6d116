using NaverWorks.Workplace;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes WORKPLACE department external keys (the menu shows each department's path).</summary>
    public sealed class DepartmentKeyCompleter : WorkplaceKeyCompleter
    {
        /// <inheritdoc />
        protected override WorkplaceResource? ResourceFor(CompletionRequest request) => WorkplaceResource.Department;
    }
}
