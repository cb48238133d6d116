namespace NaverWorks.Workplace
{
    /// <summary>A job position or title (직책, <c>job</c>), as <c>Get-WorkplaceJob</c> returns it.</summary>
    public sealed class Job : OrganizationCode
    {
    }
}
