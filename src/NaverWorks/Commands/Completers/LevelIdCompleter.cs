using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes level ids (the menu shows names).</summary>
    public sealed class LevelIdCompleter : DirectoryReferenceCompleter
    {
        /// <inheritdoc />
        protected override ReferenceKind Kind => ReferenceKind.Level;

        /// <inheritdoc />
        protected override bool InsertsId => true;
    }
}
