namespace NaverWorks.Provisioning
{
    /// <summary>Directory objects that bulk imports name instead of giving their ids.</summary>
    public enum ReferenceKind
    {
        /// <summary>An org unit (team).</summary>
        OrgUnit,

        /// <summary>A position (job title).</summary>
        Position,

        /// <summary>A level (grade).</summary>
        Level,

        /// <summary>A group (listed to find groups that already exist, for New-WorksGroup -SkipExisting).</summary>
        Group,
    }
}
