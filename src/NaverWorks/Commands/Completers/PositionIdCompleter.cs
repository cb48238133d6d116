using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes position ids (the menu shows names).</summary>
    public sealed class PositionIdCompleter : DirectoryReferenceCompleter
    {
        /// <inheritdoc />
        protected override ReferenceKind Kind => ReferenceKind.Position;

        /// <inheritdoc />
        protected override bool InsertsId => true;
    }
}
