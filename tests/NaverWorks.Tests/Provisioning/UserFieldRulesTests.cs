using NaverWorks.Auth;
using NaverWorks.Provisioning;

namespace NaverWorks.Tests.Provisioning;

public class UserFieldRulesTests
{
    private static UserFields Valid() => new() { Email = "hana.sato@example.com", LastName = "Sato", FirstName = "Hana" };

    private static string FieldOf(UserFields f) => Assert.Throws<InvalidFieldException>(() => UserFieldRules.ValidateNew(f)).Field;

    [Theory]
    [InlineData(null)]
    [InlineData("no-at-sign")]
    [InlineData("Hana@example.com")]
    [InlineData("hana sato@example.com")]
    [InlineData(".hana@example.com")]
    public void A_login_email_that_breaks_the_documented_form_is_refused_before_any_request(string? email)
    {
        var f = Valid();
        f.Email = email;
        Assert.Equal("Email", FieldOf(f));
    }

    [Theory]
    [InlineData("010-1234-5678", true)]
    [InlineData("+82 10 1234 5678", false)]
    [InlineData("(03)1234-5678#12", true)]
    [InlineData("---", false)]
    [InlineData("090１２３４", false)]
    public void Phone_numbers_follow_the_documented_pattern(string phone, bool ok)
    {
        var f = Valid();
        f.CellPhone = phone;
        if (ok) UserFieldRules.ValidateNew(f);
        else Assert.Equal("CellPhone", FieldOf(f));
    }

    [Fact]
    public void Lengths_are_checked_per_field()
    {
        var f = Valid();
        f.LastName = new string('a', 81);
        Assert.Equal("LastName", FieldOf(f));
        f = Valid();
        f.Location = new string('a', 101);
        Assert.Equal("Location", FieldOf(f));
    }

    [Fact]
    public void External_keys_refuse_the_documented_characters()
    {
        var f = Valid();
        f.ExternalKey = "EMP/1";
        Assert.Equal("ExternalKey", FieldOf(f));
    }

    [Theory]
    [InlineData("2021/4/1", "2021-04-01")]
    [InlineData("2021.04.01", "2021-04-01")]
    [InlineData("20210401", "2021-04-01")]
    public void Dates_are_normalized_to_the_wire_form(string given, string sent)
    {
        var f = Valid();
        f.HiredDate = given;
        UserFieldRules.ValidateNew(f);
        Assert.Equal(sent, f.HiredDate);
    }

    [Fact]
    public void An_impossible_date_is_refused()
    {
        var f = Valid();
        f.Birthday = "2021-02-30";
        Assert.Equal("Birthday", FieldOf(f));
    }

    [Fact]
    public void A_locale_written_with_a_hyphen_is_accepted_and_one_outside_the_list_is_not()
    {
        var f = Valid();
        f.Locale = "ko-kr";
        UserFieldRules.ValidateNew(f);
        Assert.Equal("ko_KR", f.Locale);
        f.Locale = "fr_FR";
        Assert.Equal("Locale", FieldOf(f));
    }

    [Fact]
    public void Password_and_creation_type_must_agree()
    {
        var f = Valid();
        f.PasswordCreationType = "admin";
        Assert.Equal("Password", FieldOf(f));
        f.Password = new Secret("Passw0rd1");
        UserFieldRules.ValidateNew(f);
        Assert.Equal("ADMIN", f.PasswordCreationType);
        f.PasswordCreationType = "Member";
        Assert.Equal("Password", FieldOf(f));
    }

    [Fact]
    public void A_position_needs_an_org_unit_on_a_new_user()
    {
        var f = Valid();
        f.Position = "Team Lead";
        Assert.Equal("Position", FieldOf(f));
    }
}
