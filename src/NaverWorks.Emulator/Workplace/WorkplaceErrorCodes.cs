namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// The <c>code</c> values of application errors. None is documented by NAVER; they are the emulator's
/// own vocabulary ([INFERRED]) and clients should key off the HTTP status first.
/// </summary>
internal static class WorkplaceErrorCodes
{
    public const string InvalidParameter = "INVALID_PARAMETER";
    public const string InvalidJson = "INVALID_JSON";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotFound = "NOT_FOUND";
    public const string DuplicateKey = "DUPLICATE_EXTERNAL_KEY";
    public const string DuplicateName = "DUPLICATE_NAME";
    public const string DuplicateLoginId = "DUPLICATE_LOGIN_ID";
    public const string DepartmentNotEmpty = "DEPARTMENT_NOT_EMPTY";
    public const string InUse = "IN_USE";
    public const string RootDepartment = "ROOT_DEPARTMENT";
}
