using NaverWorks.Api;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Common
{
    /// <summary>
    /// Base of the directory cmdlets: the resource clients over the session's transport, and one
    /// <see cref="DirectoryLookup"/> per invocation, so a whole pipeline of rows shares one cached listing of
    /// org units, positions and levels.
    /// </summary>
    public abstract class DirectoryCmdlet : WorksCmdlet
    {
        private DirectoryLookup? _lookup;

        /// <summary>Members.</summary>
        protected UsersApi Users => new UsersApi(CurrentSession.Transport);

        /// <summary>Org units.</summary>
        protected OrgUnitsApi OrgUnits => new OrgUnitsApi(CurrentSession.Transport);

        /// <summary>Groups.</summary>
        protected GroupsApi Groups => new GroupsApi(CurrentSession.Transport);

        /// <summary>Levels.</summary>
        protected LevelsApi Levels => new LevelsApi(CurrentSession.Transport);

        /// <summary>Positions.</summary>
        protected PositionsApi Positions => new PositionsApi(CurrentSession.Transport);

        /// <summary>The run's name resolver, in the domain given with -DomainId, else the session's.</summary>
        protected DirectoryLookup Lookup => _lookup ??= new DirectoryLookup(CurrentSession.Transport, DomainFor(null));

        /// <summary>The domain to use: the one given, else the session's (null: the token's own).</summary>
        protected int? DomainFor(int? given) => given is int d && d > 0 ? d : CurrentSession.DomainId;
    }
}
