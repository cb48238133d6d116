using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes level names, quoted when needed (the id when a name is not unique).</summary>
    public sealed class LevelNameCompleter : DirectoryReferenceCompleter
    {
        /// <inheritdoc />
        protected override ReferenceKind Kind => ReferenceKind.Level;

        /// <inheritdoc />
        protected override bool InsertsId => false;
    }
}
