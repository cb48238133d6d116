namespace NaverWorks.Emulator.Workplace;

/// <summary>Path segments of the emulated WORKPLACE organization v2 resources (case-sensitive).</summary>
public static class WorkplaceResourceNames
{
    /// <summary>Departments.</summary>
    public const string Department = "department";

    /// <summary>Employees.</summary>
    public const string Employee = "employee";

    /// <summary>Job grades (직급).</summary>
    public const string Grade = "grade";

    /// <summary>Job positions (직책).</summary>
    public const string Job = "job";

    /// <summary>Employment types (고용형태).</summary>
    public const string EmploymentType = "empType";
}
