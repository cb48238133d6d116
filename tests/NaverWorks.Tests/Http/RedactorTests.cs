using NaverWorks.Http;

namespace NaverWorks.Tests.Http;

public class RedactorTests
{
    [Theory]
    [InlineData("{\"access_token\":\"kr1AAAsecret\",\"expires_in\":\"86400\"}", "kr1AAAsecret")]
    [InlineData("{\"refresh_token\": \"rt-secret\"}", "rt-secret")]
    [InlineData("grant_type=refresh_token&refresh_token=rt-secret&client_secret=cs-secret", "rt-secret")]
    [InlineData("grant_type=x&client_secret=cs-secret&client_id=abc", "cs-secret")]
    [InlineData("assertion=eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhYmMifQ.c2lnbmF0dXJl&grant_type=x", "eyJhbGciOiJSUzI1NiJ9")]
    [InlineData("Authorization: Bearer kr1AAAsecret", "kr1AAAsecret")]
    [InlineData("{\"passwordConfig\":{\"password\":\"P@ssw0rd!\"}}", "P@ssw0rd!")]
    [InlineData("grant_type=authorization_code&code=one-time-code", "one-time-code")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----", "MIIEvQIBADANBg")]
    public void Redact_removes_every_kind_of_secret(string text, string secret)
    {
        string redacted = Redactor.Redact(text);
        Assert.DoesNotContain(secret, redacted);
        Assert.Contains("***", redacted);
    }

    [Fact]
    public void Redact_keeps_the_API_error_code_readable()
    {
        string body = "{\"code\":\"INVALID_PARAMETER\",\"description\":\"email: invalid\"}";
        Assert.Equal(body, Redactor.Redact(body));
    }

    [Fact]
    public void RedactAndTruncate_says_how_much_was_cut()
    {
        string s = Redactor.RedactAndTruncate(new string('a', 3000), 100);
        Assert.StartsWith(new string('a', 100), s);
        Assert.Contains("2900 more characters", s);
    }
}
