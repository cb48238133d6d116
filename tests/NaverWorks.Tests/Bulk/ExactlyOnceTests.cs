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
