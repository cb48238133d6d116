using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NaverWorks.Emulator;

namespace NaverWorks.Tests.Emulator;

/// <summary>A thin HTTP client for the emulator: token requests and JSON API calls over real loopback HTTP.</summary>
internal sealed class EmulatorClient(EmulatorServer server) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

    public HttpClient Http => _http;

    public string? AccessToken { get; set; }

    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> form) =>
        _http.PostAsync(path, new FormUrlEncodedContent(form));

    public Task<HttpResponseMessage> RequestTokenAsync(DemoApp app, string assertion, string scope = "directory", string? secret = null) =>
        PostFormAsync(server.AuthEndpoint + "/token",
        [
            new("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
            new("assertion", assertion),
            new("client_id", app.ClientId),
            new("client_secret", secret ?? app.ClientSecret),
            new("scope", scope),
        ]);

    /// <summary>Signs in as the app's service account and remembers the token.</summary>
    public async Task<string> SignInAsync(DemoApp? app = null, string scope = "directory")
    {
        app ??= server.Demo;
        using var response = await RequestTokenAsync(app, JwtAssertion.Create(app), scope);
        var body = await ReadJsonAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        AccessToken = body["access_token"]!.GetValue<string>();
        return AccessToken;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string apiPath, object? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, server.ApiEndpoint + apiPath);
        if ((token ?? AccessToken) is { } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string apiPath) => SendAsync(HttpMethod.Get, apiPath);

    public Task<HttpResponseMessage> PostAsync(string apiPath, object body) => SendAsync(HttpMethod.Post, apiPath, body);

    public Task<HttpResponseMessage> PutAsync(string apiPath, object body) => SendAsync(HttpMethod.Put, apiPath, body);

    public Task<HttpResponseMessage> PatchAsync(string apiPath, object body) => SendAsync(HttpMethod.Patch, apiPath, body);

    public Task<HttpResponseMessage> DeleteAsync(string apiPath) => SendAsync(HttpMethod.Delete, apiPath);

    /// <summary>Sends and asserts the status, returning the JSON body (null for empty bodies).</summary>
    public async Task<JsonNode?> ExpectAsync(int status, Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status} but got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>Sends and asserts an API error: status, code and (optionally) a fragment of the description.</summary>
    public async Task<string> ExpectErrorAsync(int status, string code, Task<HttpResponseMessage> call, string? descriptionContains = null)
    {
        var body = (await ExpectAsync(status, call))!.AsObject();
        Assert.Equal(2, body.Count);
        Assert.Equal(code, body["code"]!.GetValue<string>());
        var description = body["description"]!.GetValue<string>();
        if (descriptionContains is not null)
        {
            Assert.Contains(descriptionContains, description);
        }

        return description;
    }

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public void Dispose() => _http.Dispose();
}
