using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace NaverWorks.Emulator.Workplace;

/// <summary>
/// offset/limit of list calls [READ: both optional longs]. Defaults and bounds are undocumented; the
/// emulator uses offset 0, limit 100, limit range 1..100, and refuses anything else (negative,
/// non-numeric, repeated or unknown parameters) with 400. [INFERRED]
/// </summary>
internal static class Paging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 100;

    public static WorkplaceError? Read(IQueryCollection query, out long offset, out int limit)
    {
        offset = 0;
        limit = DefaultLimit;
        var errors = new List<WorkplaceFieldError>();
        foreach (KeyValuePair<string, StringValues> parameter in query)
        {
            if (parameter.Key is not ("offset" or "limit"))
            {
                errors.Add(new(parameter.Key, "is not a supported query parameter (offset, limit)."));
            }
        }

        if (ReadNumber(query, "offset", errors) is long o)
        {
            offset = o;
        }

        if (ReadNumber(query, "limit", errors) is long l)
        {
            if (l is < 1 or > MaxLimit)
            {
                errors.Add(new("limit", $"must be between 1 and {MaxLimit}."));
            }
            else
            {
                limit = (int)l;
            }
        }

        return errors.Count == 0 ? null : WorkplaceError.Validation(errors);
    }

    /// <summary>Item routes take no query parameters at all.</summary>
    public static WorkplaceError? RejectAny(IQueryCollection query) =>
        query.Count == 0
            ? null
            : WorkplaceError.Validation(query.Select(p => new WorkplaceFieldError(p.Key, "is not a supported query parameter.")).ToArray());

    private static long? ReadNumber(IQueryCollection query, string name, List<WorkplaceFieldError> errors)
    {
        if (!query.TryGetValue(name, out StringValues values))
        {
            return null;
        }

        // Digits only: no sign, no spaces, no exponent, so "-1" and "1e2" are errors rather than guesses.
        if (values.Count != 1 || !long.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out long number))
        {
            errors.Add(new(name, "must be a single non-negative integer."));
            return null;
        }

        return number;
    }
}
