using NaverWorks.Provisioning;

namespace NaverWorks.Tests.Provisioning;

public class UserFieldNamesTests
{
    [Theory]
    [InlineData("passwordConfig.password: must be 8-20 printable ASCII characters", "Password")]
    [InlineData("email: 'x@example.com' is already in use.", "Email")]
    [InlineData("organizations[0].orgUnits[0].orgUnitId: org unit 'x' does not exist", "OrgUnit")]
    [InlineData("organizations[0].orgUnits[1].positionId: position 'p' does not exist", "Position")]
    [InlineData("organizations[0].levelId: level 'l' does not exist", "Level")]
    [InlineData("userExternalKey: 'E1' is already used by another user.", "ExternalKey")]
    [InlineData("privateEmail: is required", "PrivateEmail")]
    [InlineData("cellPhone: must contain a digit", "CellPhone")]
    public void An_api_error_names_the_column_to_fix(string description, string field) =>
        Assert.Equal(field, UserFieldNames.FromDescription(description));

    [Theory]
    [InlineData(null)]
    [InlineData("Internal server error")]
    [InlineData("emailing failed")]
    public void Descriptions_about_no_known_property_name_none(string? description) =>
        Assert.Null(UserFieldNames.FromDescription(description));
}
