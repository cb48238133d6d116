namespace NaverWorks.Provisioning
{
    /// <summary>What a row asks of a user's org-unit placement and level, with every name already resolved to an id.</summary>
    public sealed class PlacementChange
    {
        /// <summary>The org unit to place the user in; null to change the current primary placement.</summary>
        public string? OrgUnitId { get; set; }

        /// <summary>True: the unit becomes the primary one (a transfer). False: it is added beside it.</summary>
        public bool Primary { get; set; } = true;

        /// <summary>True when the position is to be set (to <see cref="PositionId"/>, which may be null to clear it).</summary>
        public bool SetsPosition { get; set; }

        /// <summary>The position id.</summary>
        public string? PositionId { get; set; }

        /// <summary>The manager flag, when given.</summary>
        public bool? IsManager { get; set; }

        /// <summary>True when the level is to be set (to <see cref="LevelId"/>, which may be null to clear it).</summary>
        public bool SetsLevel { get; set; }

        /// <summary>The level id.</summary>
        public string? LevelId { get; set; }
    }
}
