namespace NaverWorks.Workplace
{
    /// <summary>An employment type (고용형태, <c>empType</c>), as <c>Get-WorkplaceEmploymentType</c> returns it.</summary>
    public sealed class EmploymentType : OrganizationCode
    {
    }
}
