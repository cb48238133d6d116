namespace NaverWorks.Workplace;

/// <summary>The keyed resources of the WORKPLACE organization API (v2).</summary>
public enum WorkplaceResource
{
    /// <summary>Departments (<c>department</c>, 부서).</summary>
    Department,

    /// <summary>Employees (<c>employee</c>, 사원).</summary>
    Employee,

    /// <summary>Job grades (<c>grade</c>, 직급).</summary>
    Grade,

    /// <summary>Job positions / titles (<c>job</c>, 직책).</summary>
    Job,

    /// <summary>Employment types (<c>empType</c>, 고용형태).</summary>
    EmploymentType,
}
