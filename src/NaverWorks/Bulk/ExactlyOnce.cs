using System;
using System.Net;
using System.Threading.Tasks;
using NaverWorks.Http;

namespace NaverWorks.Bulk
{
    /// <summary>
    /// Makes a create safe to retry. When a POST's outcome is unknown (timeout, dropped connection, 5xx that
    /// may follow a commit), the resource is looked up by its natural key before anything is sent again;
    /// a later 409 for a row whose earlier attempt was in doubt is that attempt's success, not a duplicate.
    /// </summary>
    public static class ExactlyOnce
    {
        /// <summary>Attempts at the POST itself (the transport has its own retries for what is safe to repeat).</summary>
        public const int MaxAttempts = 6;

        /// <summary>Creates a resource exactly once.</summary>
        /// <param name="post">Sends the create.</param>
        /// <param name="find">Looks the resource up by the key the create used (email, external key, client event id); null when absent.</param>
        /// <param name="isSame">Whether a found resource is the one this create describes (and not someone else's).</param>
        /// <param name="context">Log and cancellation.</param>
        public static async Task<CreateResult<T>> CreateAsync<T>(
            Func<Task<T>> post, Func<Task<T?>> find, Func<T, bool> isSame, RequestContext context) where T : class
        {
            bool inDoubt = false;
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return new CreateResult<T>(await post().ConfigureAwait(false), reconciled: false);
                }
                catch (WorksApiException ex) when (ex.OutcomeUnknown && attempt < MaxAttempts)
                {
                    inDoubt = true;
                    context.Log.Verbose($"Outcome of the create is unknown ({ex.Error.Description ?? ex.StatusCode.ToString()}); looking it up before trying again.");
                    T? existing = await FindAfterDoubtAsync(find, context).ConfigureAwait(false);
                    if (existing is not null && isSame(existing)) return new CreateResult<T>(existing, reconciled: true);
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), context.Cancellation).ConfigureAwait(false);
                }
                catch (WorksApiException ex) when (inDoubt && ex.StatusCode == HttpStatusCode.Conflict)
                {
                    // Our earlier attempt did commit; the lookup just had not seen it yet.
                    T? existing = await find().ConfigureAwait(false);
                    if (existing is not null && isSame(existing)) return new CreateResult<T>(existing, reconciled: true);
                    throw;
                }
                catch (WorksApiException ex) when (IsUnreadableSuccess(ex))
                {
                    // The service said it created the resource but its answer arrived damaged: read it back.
                    context.Log.Verbose("The create succeeded but its answer could not be read; reading the resource back.");
                    T? existing = await find().ConfigureAwait(false);
                    if (existing is not null && isSame(existing)) return new CreateResult<T>(existing, reconciled: true);
                    throw;
                }
            }
        }

        /// <summary>
        /// Creates a resource exactly once, or with <paramref name="skipExisting"/> passes over one that already exists
        /// (-SkipExisting). <paramref name="existingId"/> is asked first, without sending anything: resources the service
        /// would create twice (org units and groups of the same name) must be found before the POST. A create the service
        /// refuses with 409 is passed over when <paramref name="find"/> then finds the resource; a conflict on another
        /// unique value (an email someone else has) is still an error.
        /// </summary>
        /// <param name="post">Sends the create.</param>
        /// <param name="find">Looks the resource up by the key the create used; null when absent.</param>
        /// <param name="isSame">Whether a resource found after an attempt in doubt is the one this create describes.</param>
        /// <param name="idOf">The id of a resource, for messages.</param>
        /// <param name="skipExisting">Pass over a resource that already exists instead of failing.</param>
        /// <param name="existingId">With <paramref name="skipExisting"/>: the id of the resource this create would duplicate, or null; null to rely on the service's 409 alone.</param>
        /// <param name="context">Log and cancellation.</param>
        public static async Task<CreateOutcome<T>> CreateOrSkipAsync<T>(
            Func<Task<T>> post, Func<Task<T?>> find, Func<T, bool> isSame, Func<T, string?> idOf,
            bool skipExisting, Func<Task<string?>>? existingId, RequestContext context) where T : class
        {
            if (skipExisting && existingId is not null && await existingId().ConfigureAwait(false) is string known)
                return CreateOutcome<T>.Existing(known);
            try
            {
                CreateResult<T> created = await CreateAsync(post, find, isSame, context).ConfigureAwait(false);
                return CreateOutcome<T>.Made(created.Value, idOf(created.Value), created.Reconciled);
            }
            catch (WorksApiException ex) when (skipExisting && ex.StatusCode == HttpStatusCode.Conflict)
            {
                T? existing = await find().ConfigureAwait(false);
                if (existing is null) throw;
                return CreateOutcome<T>.Existing(idOf(existing));
            }
        }

        private static bool IsUnreadableSuccess(WorksApiException ex) =>
            ex.Code == "UNEXPECTED_RESPONSE" && (int)ex.StatusCode >= 200 && (int)ex.StatusCode < 300;

        /// <summary>
        /// Carries out an action exactly once (delete, suspend, add a member…). After an attempt whose outcome is
        /// unknown, <paramref name="isDone"/> checks whether it took effect before the action is sent again; a
        /// refusal after such a doubt ("not found", "already suspended") is checked the same way, because it is
        /// usually the earlier attempt's success.
        /// </summary>
        /// <param name="act">Sends the action. Its request must not be repeated by the transport (mark it not idempotent).</param>
        /// <param name="isDone">Whether the action's effect is in place (the user is gone, is suspended…).</param>
        /// <param name="context">Log and cancellation.</param>
        /// <returns>True when an attempt's outcome was in doubt and the effect was found afterwards.</returns>
        public static async Task<bool> PerformAsync(Func<Task> act, Func<Task<bool>> isDone, RequestContext context)
        {
            bool inDoubt = false;
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    await act().ConfigureAwait(false);
                    return inDoubt;
                }
                catch (WorksApiException ex) when (ex.OutcomeUnknown && attempt < MaxAttempts)
                {
                    inDoubt = true;
                    context.Log.Verbose($"Outcome of the action is unknown ({ex.Error.Description ?? ex.StatusCode.ToString()}); checking it before trying again.");
                    if (await CheckAfterDoubtAsync(isDone, context).ConfigureAwait(false)) return true;
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), context.Cancellation).ConfigureAwait(false);
                }
                catch (WorksApiException ex) when (inDoubt && (int)ex.StatusCode >= 400 && (int)ex.StatusCode < 500)
                {
                    if (await isDone().ConfigureAwait(false)) return true;
                    throw;
                }
            }
        }

        private static async Task<bool> CheckAfterDoubtAsync(Func<Task<bool>> isDone, RequestContext context)
        {
            try
            {
                return await isDone().ConfigureAwait(false);
            }
            catch (WorksApiException ex) when (ex.Error.IsTransient)
            {
                context.Log.Verbose("The check failed too; the next attempt's answer will settle it.");
                return false;
            }
        }

        private static async Task<T?> FindAfterDoubtAsync<T>(Func<Task<T?>> find, RequestContext context) where T : class
        {
            try
            {
                return await find().ConfigureAwait(false);
            }
            catch (WorksApiException ex) when (ex.Error.IsTransient)
            {
                // Could not look: assume absent and let the next POST's 409 settle it.
                context.Log.Verbose("The lookup failed too; the next attempt's answer will settle it.");
                return null;
            }
        }
    }
}
