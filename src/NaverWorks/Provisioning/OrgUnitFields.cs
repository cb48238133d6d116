namespace NaverWorks.Provisioning
{
    /// <summary>The org unit fields given for one row of New-/Set-WorksOrgUnit; null means not given.</summary>
    public sealed class OrgUnitFields
    {
        /// <summary>Name.</summary>
        public string? Name { get; set; }

        /// <summary>Parent id, sent as given.</summary>
        public string? ParentId { get; set; }

        /// <summary>Parent name, id or externalKey:KEY (resolved through the run's lookup).</summary>
        public string? Parent { get; set; }

        /// <summary>True to move the unit to the top level (Set only).</summary>
        public bool ToTopLevel { get; set; }

        /// <summary>Display order (≥1).</summary>
        public int? DisplayOrder { get; set; }

        /// <summary>Team mailing address.</summary>
        public string? Email { get; set; }

        /// <summary>Description.</summary>
        public string? Description { get; set; }

        /// <summary>External key.</summary>
        public string? ExternalKey { get; set; }

        /// <summary>Domain.</summary>
        public int? DomainId { get; set; }

        /// <summary>Shown in the org chart.</summary>
        public bool? Visible { get; set; }
    }
}
