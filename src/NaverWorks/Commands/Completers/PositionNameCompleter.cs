using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes position names, quoted when needed (the id when a name is not unique).</summary>
    public sealed class PositionNameCompleter : DirectoryReferenceCompleter
    {
        /// <inheritdoc />
        protected override ReferenceKind Kind => ReferenceKind.Position;

        /// <inheritdoc />
        protected override bool InsertsId => false;
    }
}
