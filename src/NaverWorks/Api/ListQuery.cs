namespace NaverWorks.Api
{
    /// <summary>Optional parameters of a directory list request (left out when null).</summary>
    public sealed class ListQuery
    {
        /// <summary><c>domainId</c>: the domain to list; the token's domain when null.</summary>
        public int? DomainId { get; set; }

        /// <summary><c>orderBy</c>, e.g. <c>NAME</c> or <c>CREATED_TIME</c> for users.</summary>
        public string? OrderBy { get; set; }

        /// <summary><c>sortOrder</c>: <c>ASCENDING</c> or <c>DESCENDING</c>.</summary>
        public string? SortOrder { get; set; }
    }
}
