using System;
using System.Net;
using System.Threading.Tasks;
using NaverWorks.Bulk;
using NaverWorks.Http;

namespace NaverWorks.Tests.Bulk;

public class ExactlyOnceTests
{
    private static WorksApiException Unknown() =>
        new(new ApiError(ApiService.Works, HttpStatusCode.InternalServerError, "INTERNAL_SERVER_ERROR", "boom") { OutcomeUnknown = true }, "POST", "/users");

    private static WorksApiException Conflict() =>
        new(new ApiError(ApiService.Works, HttpStatusCode.Conflict, "ALREADY_EXIST", "exists"), "POST", "/users");

    [Fact]
    public async Task A_create_in_doubt_that_did_commit_is_found_and_not_sent_again()
    {
        int posts = 0;
        var result = await ExactlyOnce.CreateAsync<string>(
            () => { posts++; throw Unknown(); },
            () => Task.FromResult<string?>("created"),
            s => s == "created", RequestContext.None);
        Assert.Equal(1, posts);
        Assert.True(result.Reconciled);
        Assert.Equal("created", result.Value);
    }

    [Fact]
    public async Task A_create_in_doubt_that_did_not_commit_is_sent_again()
    {
        int posts = 0;
        var result = await ExactlyOnce.CreateAsync<string>(
            () => ++posts == 1 ? throw Unknown() : Task.FromResult("created"),
            () => Task.FromResult<string?>(null),
            s => true, RequestContext.None);
        Assert.Equal(2, posts);
        Assert.False(result.Reconciled);
    }

    [Fact]
    public async Task A_conflict_after_a_doubt_is_the_earlier_attempts_success()
    {
        int posts = 0, lookups = 0;
        var result = await ExactlyOnce.CreateAsync<string>(
            () => ++posts == 1 ? throw Unknown() : throw Conflict(),
            () => Task.FromResult<string?>(++lookups == 1 ? null : "created"),
            s => true, RequestContext.None);
        Assert.Equal(2, posts);
        Assert.True(result.Reconciled);
    }

    [Fact]
    public async Task A_conflict_without_doubt_is_a_real_conflict()
    {
        await Assert.ThrowsAsync<WorksApiException>(() => ExactlyOnce.CreateAsync<string>(
            () => throw Conflict(), () => Task.FromResult<string?>("someone else's"), s => true, RequestContext.None));
    }

    [Fact]
    public async Task Someone_elses_resource_found_after_a_doubt_is_not_taken_for_ours()
    {
        int posts = 0;
        var ex = await Assert.ThrowsAsync<WorksApiException>(() => ExactlyOnce.CreateAsync<string>(
            () => ++posts == 1 ? throw Unknown() : throw Conflict(),
            () => Task.FromResult<string?>("someone else's"),
            s => s == "ours", RequestContext.None));
        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
    }
}

public class CreateOrSkipTests
{
    private int _posts;

    private static WorksApiException Conflict() =>
        new(new ApiError(ApiService.Works, HttpStatusCode.Conflict, "ALREADY_EXIST", "exists"), "POST", "/orgunits");

    private Task<string> Post()
    {
        _posts++;
        return Task.FromResult("new");
    }

    private static Task<CreateOutcome<string>> Create(Func<Task<string>> post, string? found, bool skipExisting, string? known) =>
        ExactlyOnce.CreateOrSkipAsync(post, () => Task.FromResult(found), s => true, s => "id-" + s,
            skipExisting, () => Task.FromResult(known), RequestContext.None);

    [Fact]
    public async Task With_SkipExisting_a_known_duplicate_is_passed_over_before_anything_is_sent()
    {
        var outcome = await Create(Post, null, skipExisting: true, known: "id-old");
        Assert.Equal(0, _posts);
        Assert.True(outcome.Existed);
        Assert.Null(outcome.Value);
        Assert.Equal("id-old", outcome.Id);
    }

    [Fact]
    public async Task Without_SkipExisting_nothing_is_looked_up_first_and_a_conflict_is_an_error()
    {
        var created = await Create(Post, null, skipExisting: false, known: "id-old");
        Assert.Equal(1, _posts);
        Assert.False(created.Existed);
        Assert.Equal("id-new", created.Id);
        await Assert.ThrowsAsync<WorksApiException>(() => Create(() => throw Conflict(), "old", skipExisting: false, known: null));
    }

    [Fact]
    public async Task With_SkipExisting_a_conflict_is_passed_over_only_when_the_resource_is_found()
    {
        var skipped = await Create(() => throw Conflict(), "old", skipExisting: true, known: null);
        Assert.True(skipped.Existed);
        Assert.Equal("id-old", skipped.Id);
        // A conflict on another unique value (an email someone else has) is still the row's error.
        await Assert.ThrowsAsync<WorksApiException>(() => Create(() => throw Conflict(), null, skipExisting: true, known: null));
    }
}

public class ExactlyOnceActionTests
{
    private static WorksApiException Unknown() =>
        new(new ApiError(ApiService.Works, HttpStatusCode.InternalServerError, "INTERNAL_SERVER_ERROR", "boom") { OutcomeUnknown = true }, "DELETE", "/users/u1");

    private static WorksApiException NotFound() =>
        new(new ApiError(ApiService.Works, HttpStatusCode.NotFound, "USER_NOT_EXIST", "gone"), "DELETE", "/users/u1");

    [Fact]
    public async Task An_action_in_doubt_that_took_effect_is_not_sent_again()
    {
        int sends = 0;
        bool reconciled = await ExactlyOnce.PerformAsync(() => { sends++; throw Unknown(); }, () => Task.FromResult(true), RequestContext.None);
        Assert.Equal(1, sends);
        Assert.True(reconciled);
    }

    [Fact]
    public async Task A_refusal_after_a_doubt_is_the_earlier_attempts_success_when_the_effect_is_there()
    {
        int sends = 0, checks = 0;
        bool reconciled = await ExactlyOnce.PerformAsync(
            () => ++sends == 1 ? throw Unknown() : throw NotFound(),
            () => Task.FromResult(++checks > 1),
            RequestContext.None);
        Assert.Equal(2, sends);
        Assert.True(reconciled);
    }

    [Fact]
    public async Task A_refusal_without_doubt_is_reported()
    {
        await Assert.ThrowsAsync<WorksApiException>(() => ExactlyOnce.PerformAsync(() => throw NotFound(), () => Task.FromResult(true), RequestContext.None));
    }
}
