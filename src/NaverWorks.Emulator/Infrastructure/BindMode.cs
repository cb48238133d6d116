namespace NaverWorks.Emulator.Infrastructure;

/// <summary>
/// How a request body is applied to a resource. The difference is what an absent property means:
/// on create and PUT it takes its default (PUT is a full replace), on PATCH it keeps its value.
/// </summary>
internal enum BindMode
{
    Create,
    Replace,
    Patch,
}
