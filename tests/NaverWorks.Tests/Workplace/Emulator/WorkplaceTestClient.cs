using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace.Emulator;

/// <summary>What came back: status, parsed JSON (null when there is no body) and headers.</summary>
internal sealed record WorkplaceReply(HttpStatusCode Status, JsonNode? Json, HttpResponseHeaders Headers, HttpContentHeaders? ContentHeaders);

/// <summary>
/// Signs with the module's <see cref="ApiGatewaySigner"/> and builds paths with the module's
/// <see cref="WorkplacePaths"/>, so every emulator test also exercises the client side.
/// </summary>
internal sealed class WorkplaceTestClient(HttpClient http, Uri baseAddress, string accessKey, string secretKey, string companyId, Func<DateTimeOffset> clock)
{
    public ApiGatewaySigner Signer { get; } = new(accessKey, secretKey);

    public string CompanyId => companyId;

    public Task<WorkplaceReply> CreateAsync(WorkplaceResource resource, string key, JsonNode body) =>
        SendAsync(HttpMethod.Post, WorkplacePaths.Item(companyId, resource, key), body);

    public Task<WorkplaceReply> ReplaceAsync(WorkplaceResource resource, string key, JsonNode body) =>
        SendAsync(HttpMethod.Put, WorkplacePaths.Item(companyId, resource, key), body);

    public Task<WorkplaceReply> GetAsync(WorkplaceResource resource, string key) =>
        SendAsync(HttpMethod.Get, WorkplacePaths.Item(companyId, resource, key));

    public Task<WorkplaceReply> DeleteAsync(WorkplaceResource resource, string key) =>
        SendAsync(HttpMethod.Delete, WorkplacePaths.Item(companyId, resource, key));

    public Task<WorkplaceReply> ListAsync(WorkplaceResource resource, long? offset = null, int? limit = null) =>
        SendAsync(HttpMethod.Get, offset is null || limit is null
            ? WorkplacePaths.Collection(companyId, resource)
            : WorkplacePaths.Collection(companyId, resource, offset.Value, limit.Value));

    /// <summary>
    /// Sends <paramref name="pathAndQuery"/> signed over <c>RequestUri.PathAndQuery</c>. <paramref name="tamper"/>
    /// runs after signing, to break the request in a controlled way.
    /// </summary>
    public async Task<WorkplaceReply> SendAsync(HttpMethod method, string pathAndQuery, JsonNode? body = null, Action<HttpRequestMessage>? tamper = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, pathAndQuery));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        Signer.Apply(request, clock);
        tamper?.Invoke(request);
        return await SendRawAsync(request);
    }

    public async Task<WorkplaceReply> SendRawAsync(HttpRequestMessage request)
    {
        using HttpResponseMessage response = await http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return new WorkplaceReply(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers, response.Content.Headers);
    }
}
