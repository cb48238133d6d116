namespace NaverWorks.Workplace
{
    /// <summary>A job grade (직급, <c>grade</c>), as <c>Get-WorkplaceGrade</c> returns it.</summary>
    public sealed class Grade : OrganizationCode
    {
    }
}
