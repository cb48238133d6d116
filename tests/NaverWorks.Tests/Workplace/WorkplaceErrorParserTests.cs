using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NaverWorks.Http;
using NaverWorks.Workplace;

namespace NaverWorks.Tests.Workplace;

public class WorkplaceErrorParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly WorkplaceErrorParser _parser = new(() => Now);

    private static HttpResponseHeaders Headers(DateTimeOffset? date = null)
    {
        var headers = new HttpResponseMessage().Headers;
        headers.Date = date;
        return headers;
    }

    private static string Message(ApiError error, string method = "GET") =>
        new WorksApiException(error, method, "/organization/apigw/v2/company/c1/department").Message;

    [Fact]
    public void Gateway_shape_gives_code_message_and_details_and_keeps_the_raw_body()
    {
        string body = WorkplaceFixtures.Load("gateway-error-401.json").ToJsonString();

        ApiError error = _parser.Parse(HttpStatusCode.Unauthorized, body, Headers());

        Assert.Equal(ApiService.Workplace, error.Service);
        Assert.Equal("200", error.Code);
        Assert.Equal("Authentication Failed (Invalid authentication information)", error.Description);
        Assert.Equal(body, error.RawBody);
        Assert.Null(error.ClockSkew);
        Assert.Contains("Check -AccessKey and -SecretKey", Message(error));
    }

    [Fact]
    public void Numeric_gateway_codes_are_read_too()
    {
        ApiError error = _parser.Parse(HttpStatusCode.Unauthorized, "{\"error\":{\"errorCode\":210,\"message\":\"Permission Denied\"}}", Headers());
        Assert.Equal("210", error.Code);
        Assert.Contains("check -CompanyId", Message(error));
    }

    [Fact]
    public void Flat_shape_names_each_field_by_its_parameter_and_wire_name()
    {
        var body = new JsonObject
        {
            ["status"] = 400,
            ["code"] = "INVALID_PARAMETER",
            ["message"] = "The request is invalid.",
            ["errors"] = new JsonArray(
                new JsonObject { ["field"] = "employYmd", ["message"] = "must be a date in yyyy-MM-dd form." },
                new JsonObject { ["field"] = "concurrentDeptExternalKeys[1]", ["message"] = "Department 'x' does not exist." },
                new JsonObject { ["field"] = "somethingNew", ["message"] = "is odd." }),
        };

        ApiError error = _parser.Parse(HttpStatusCode.BadRequest, body.ToJsonString(), Headers());

        Assert.Equal("INVALID_PARAMETER", error.Code);
        Assert.Equal(
            "The request is invalid. -HireDate (employYmd): must be a date in yyyy-MM-dd form; " +
            "-ConcurrentDepartmentExternalKey (concurrentDeptExternalKeys[1]): Department 'x' does not exist; somethingNew: is odd",
            error.Description);
    }

    [Fact]
    public void A_conflict_that_repeats_its_message_under_the_field_names_the_field_once()
    {
        const string message = "loginId 'a@example.com' is already used by another employee.";
        var body = new JsonObject { ["status"] = 409, ["code"] = "DUPLICATE_LOGIN_ID", ["message"] = message, ["errors"] = new JsonArray(new JsonObject { ["field"] = "loginId", ["message"] = message }) };

        ApiError error = _parser.Parse(HttpStatusCode.Conflict, body.ToJsonString(), Headers());

        Assert.Equal(message + " -LoginId (loginId)", error.Description);
        Assert.Contains("already taken", Message(error, "POST"));
        Assert.Contains("still in use", Message(new ApiError(ApiService.Workplace, HttpStatusCode.Conflict, "DEPARTMENT_NOT_EMPTY", "x"), "DELETE"));
    }

    [Theory]
    [InlineData(600, "Your clock is 600 seconds off (ahead of the gateway's)")]
    [InlineData(-420, "Your clock is 420 seconds off (behind the gateway's)")]
    public void A_401_with_a_server_date_5_minutes_off_says_how_far_the_clock_is_off(int secondsAhead, string expected)
    {
        ApiError error = _parser.Parse(HttpStatusCode.Unauthorized, "{\"error\":{\"errorCode\":\"200\",\"message\":\"Authentication Failed\"}}", Headers(Now.AddSeconds(-secondsAhead)));

        Assert.Equal(TimeSpan.FromSeconds(secondsAhead), error.ClockSkew);
        string message = Message(error);
        Assert.Contains(expected, message);
        Assert.Contains("synchronise this computer's clock", message);
    }

    [Fact]
    public void A_401_from_a_server_whose_clock_agrees_blames_the_keys()
    {
        ApiError error = _parser.Parse(HttpStatusCode.Unauthorized, "{\"error\":{\"errorCode\":\"200\",\"message\":\"Authentication Failed\"}}", Headers(Now.AddSeconds(-30)));
        Assert.Null(error.ClockSkew);
        Assert.Contains("Check -AccessKey and -SecretKey", Message(error));
    }

    [Fact]
    public void A_body_that_is_not_json_is_described_and_kept()
    {
        ApiError error = _parser.Parse(HttpStatusCode.BadGateway, "<html>bad gateway</html>", Headers());
        Assert.Null(error.Code);
        Assert.Contains("HTML page", error.Description);
        Assert.Equal("<html>bad gateway</html>", error.RawBody);
    }

    [Fact]
    public void Field_names_map_to_parameters()
    {
        Assert.Equal("DisplayOrder", WorkplaceFieldNames.ParameterFor("dispOrd"));
        Assert.Equal("InUse", WorkplaceFieldNames.ParameterFor("itemUsed"));
        Assert.Equal("DepartmentExternalKey", WorkplaceFieldNames.ParameterFor("deptExternalKey"));
        Assert.Equal("I18nNames", WorkplaceFieldNames.ParameterFor("i18nNames.fr_FR"));
        Assert.Null(WorkplaceFieldNames.ParameterFor("tenantId"));
    }
}
