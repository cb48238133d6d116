using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NaverWorks.Api
{
    /// <summary>
    /// The body of <c>POST /users</c> and <c>PATCH /users/{userId}</c>. Null properties are left out, so a PATCH
    /// carries only what changes; the read-only fields of <see cref="User"/> never go on the wire.
    /// </summary>
    public sealed class UserBody
    {
        /// <summary><c>domainId</c> (required on create).</summary>
        public int? DomainId { get; set; }

        /// <summary>Login email (required on create).</summary>
        public string? Email { get; set; }

        /// <summary>Name (required on create).</summary>
        public UserName? UserName { get; set; }

        /// <summary><c>userExternalKey</c>.</summary>
        [JsonPropertyName("userExternalKey")]
        public string? ExternalKey { get; set; }

        /// <summary>Nickname.</summary>
        public string? NickName { get; set; }

        /// <summary>Private email.</summary>
        public string? PrivateEmail { get; set; }

        /// <summary>Employee number.</summary>
        public string? EmployeeNumber { get; set; }

        /// <summary>Mobile phone.</summary>
        public string? CellPhone { get; set; }

        /// <summary>Telephone.</summary>
        public string? Telephone { get; set; }

        /// <summary>Work location.</summary>
        public string? Location { get; set; }

        /// <summary>Locale.</summary>
        public string? Locale { get; set; }

        /// <summary>Time zone.</summary>
        public string? TimeZone { get; set; }

        /// <summary>Hire date, YYYY-MM-DD.</summary>
        public string? HiredDate { get; set; }

        /// <summary>Birthday, YYYY-MM-DD.</summary>
        public string? Birthday { get; set; }

        /// <summary>How the first password is set.</summary>
        public PasswordConfig? PasswordConfig { get; set; }

        /// <summary>Organizations and placements (replaced as a whole by a PATCH).</summary>
        public List<UserOrganization>? Organizations { get; set; }
    }

    /// <summary><c>passwordConfig</c> of a user create.</summary>
    public sealed class PasswordConfig
    {
        /// <summary><c>ADMIN</c> (the administrator sets the password) or <c>MEMBER</c> (the member does, via the private email).</summary>
        public string? PasswordCreationType { get; set; }

        /// <summary>The password (with ADMIN).</summary>
        public string? Password { get; set; }

        /// <summary>Ask for a new password at the first sign-in.</summary>
        public bool? ChangePasswordAtNextLogin { get; set; }
    }
}
