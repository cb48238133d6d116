namespace NaverWorks.Emulator.Workplace;

/// <summary>One entry of the <c>errors</c> array of an application error.</summary>
internal sealed record WorkplaceFieldError(string Field, string Message);
