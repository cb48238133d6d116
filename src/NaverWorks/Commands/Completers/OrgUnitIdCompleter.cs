using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes org unit ids (the menu shows names as paths).</summary>
    public sealed class OrgUnitIdCompleter : DirectoryReferenceCompleter
    {
        /// <inheritdoc />
        protected override ReferenceKind Kind => ReferenceKind.OrgUnit;

        /// <inheritdoc />
        protected override bool InsertsId => true;
    }
}
