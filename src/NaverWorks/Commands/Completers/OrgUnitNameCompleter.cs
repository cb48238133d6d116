using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Completers
{
    /// <summary>Completes org unit names, quoted when needed (the id when a name is not unique).</summary>
    public sealed class OrgUnitNameCompleter : DirectoryReferenceCompleter
    {
        /// <inheritdoc />
        protected override ReferenceKind Kind => ReferenceKind.OrgUnit;

        /// <inheritdoc />
        protected override bool InsertsId => false;
    }
}
