using System.Collections.Generic;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// Application (WORKPLACE, not gateway) errors in the flat shape
/// <c>{"status":400,"code":"…","message":"…","errors":[{"field":"…","message":"…"}]}</c>.
/// [INFERRED] The real body is undocumented; this shape is the emulator's choice.
/// </summary>
internal sealed class WorkplaceError
{
    private WorkplaceError(int status, string code, string message, IReadOnlyList<WorkplaceFieldError> errors)
    {
        Status = status;
        Code = code;
        Message = message;
        Errors = errors;
    }

    public int Status { get; }

    public string Code { get; }

    public string Message { get; }

    public IReadOnlyList<WorkplaceFieldError> Errors { get; }

    public static WorkplaceError Validation(IReadOnlyList<WorkplaceFieldError> errors) =>
        new(StatusCodes.Status400BadRequest, WorkplaceErrorCodes.InvalidParameter, "The request is invalid.", errors);

    public static WorkplaceError BadRequest(string code, string message, string? field = null) =>
        new(StatusCodes.Status400BadRequest, code, message, Single(field, message));

    public static WorkplaceError NotFound(string resource, string externalKey) =>
        new(StatusCodes.Status404NotFound, WorkplaceErrorCodes.NotFound, $"{resource} '{externalKey}' does not exist.", []);

    public static WorkplaceError Conflict(string code, string message, string? field = null) =>
        new(StatusCodes.Status409Conflict, code, message, Single(field, message));

    public static WorkplaceError UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, WorkplaceErrorCodes.UnsupportedMediaType, message, []);

    public WorkplaceResponse ToResponse()
    {
        var errors = new JsonArray();
        foreach (WorkplaceFieldError error in Errors)
        {
            errors.Add(new JsonObject { ["field"] = error.Field, ["message"] = error.Message });
        }

        return new WorkplaceResponse(Status, new JsonObject
        {
            ["status"] = Status,
            ["code"] = Code,
            ["message"] = Message,
            ["errors"] = errors,
        });
    }

    private static IReadOnlyList<WorkplaceFieldError> Single(string? field, string message) =>
        field is null ? [] : [new WorkplaceFieldError(field, message)];
}
