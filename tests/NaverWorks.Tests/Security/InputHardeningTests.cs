using System;
using System.Linq;
using System.Threading.Tasks;
using NaverWorks.Models;
using NaverWorks.Tests.Infrastructure;

namespace NaverWorks.Tests.Security;

/// <summary>Hostile and unusual input is refused before anything is sent, or encoded so it means only itself.</summary>
public class InputHardeningTests : IAsyncLifetime
{
    private EmulatedTenant _env = null!;

    public async Task InitializeAsync() => _env = await EmulatedTenant.StartAsync(EmulatedTenant.WithoutLimits(seedUsers: 3), connectShell: true);

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Theory]
    [InlineData("../orgunits")]
    [InlineData("..%2Forgunits")]
    [InlineData("x/../../oauth2/v2.0/token")]
    public void Path_traversal_in_an_id_stays_inside_its_segment(string id)
    {
        _env.Server.Requests.Clear();
        _env.Invoke("Get-WorksUser -Id $id", new() { ["id"] = id });
        Assert.All(_env.Server.Requests.Entries, e => Assert.StartsWith("/v1.0/users/", e.Path));
        Assert.DoesNotContain(_env.Server.Requests.Entries, e => e.RouteTemplate is not null && !e.RouteTemplate.StartsWith("GET /users/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public void A_dot_only_id_is_refused_without_a_request(string id)
    {
        _env.Server.Requests.Clear();
        var r = _env.Invoke("Get-WorksUser -Id $id", new() { ["id"] = id });
        Assert.Contains("not a valid identifier", r.FailureMessage);
        Assert.Empty(_env.Server.Requests.Entries);
    }

    [Theory]
    [InlineData("EMP/01")]
    [InlineData("EMP#01")]
    [InlineData("EMP?01")]
    [InlineData("EMP%01")]
    [InlineData("EMP\\01")]
    public void An_external_key_with_a_reserved_character_is_refused_before_sending(string key)
    {
        _env.Server.Requests.Clear();
        var r = _env.Invoke("New-WorksUser -Email 'reserved@example.com' -LastName '김' -FirstName '키' -ExternalKey $k -Password 'Welcome2026' -PasswordCreationType Admin", new() { ["k"] = key });
        Assert.Contains("ExternalKey", r.FailureMessage);
        Assert.DoesNotContain(_env.Server.Requests.Entries, e => e.Method == "POST");
    }

    [Fact]
    public void Very_long_values_and_control_characters_are_refused_naming_the_field()
    {
        _env.Server.Requests.Clear();
        var r = _env.Invoke("""
            New-WorksUser -Email 'long@example.com' -LastName ('가' * 10000) -FirstName '길다' -Password 'Welcome2026' -PasswordCreationType Admin
            New-WorksUser -Email 'ctrl@example.com' -LastName "김`a" -FirstName "벨`0" -Password 'Welcome2026' -PasswordCreationType Admin
            """);
        Assert.Equal(2, r.Errors.Count);
        Assert.Contains("LastName", r.Errors[0].ErrorDetails.Message);
        Assert.Contains("Name", r.Errors[1].ErrorDetails.Message);
        Assert.DoesNotContain(_env.Server.Requests.Entries, e => e.Method == "POST");
    }

    [Theory]
    [InlineData("김", "하늘", "하늘이")]
    [InlineData("佐藤", "花子", "はなこ")]
    [InlineData("Lee", "Ann", "Annie 🌸")]
    public void Korean_Japanese_and_emoji_names_round_trip_exactly(string last, string first, string nick)
    {
        string email = $"names{Math.Abs((last + first).GetHashCode()) % 100000}@example.com";
        var r = _env.Invoke("New-WorksUser -Email $e -LastName $l -FirstName $f -NickName $n -Password 'Welcome2026' -PasswordCreationType Admin | Out-Null; Get-WorksUser -Id $e",
            new() { ["e"] = email, ["l"] = last, ["f"] = first, ["n"] = nick }).ThrowOnError();
        var user = (User)r.Output.Single().BaseObject;
        Assert.Equal((last, first, nick), (user.LastName, user.FirstName, user.NickName));
    }
}
