using System;
using System.Management.Automation;
using NaverWorks.Provisioning;

namespace NaverWorks.Commands.Groups
{
    /// <summary>
    /// Reads what an administrator gives as a group member: a user, org unit or group object (from the Get-Works*
    /// cmdlets, or a CSV row with a UserId, OrgUnitId or GroupId column), or a plain id, email or externalKey:KEY
    /// whose type is <c>-MemberType</c> (User by default).
    /// </summary>
    internal static class GroupMemberInput
    {
        public static GroupMemberRef Read(object? value, string defaultType)
        {
            object? item = value is PSObject pso ? pso.BaseObject : value;
            switch (item)
            {
                case User user: return new GroupMemberRef(user.UserId!, "USER");
                case OrgUnit unit: return new GroupMemberRef(unit.OrgUnitId!, "ORGUNIT");
                case Group group: return new GroupMemberRef(group.GroupId!, "GROUP");
                case GroupMember member: return new GroupMemberRef(member.Id!, member.Type ?? defaultType);
                case string text when !string.IsNullOrWhiteSpace(text): return new GroupMemberRef(text.Trim(), defaultType);
            }
            if (value is PSObject row)
            {
                // A user row also has an OrgUnitId (its primary unit), so the user id is looked at first.
                foreach (var (property, type) in new[] { ("UserId", "USER"), ("Email", "USER"), ("GroupId", "GROUP"), ("OrgUnitId", "ORGUNIT") })
                {
                    if (row.Properties[property]?.Value is object v && Convert.ToString(v) is string s && !string.IsNullOrWhiteSpace(s))
                        return new GroupMemberRef(s.Trim(), type);
                }
            }
            throw new InvalidFieldException("Member", $"'{value}' names no user, org unit or group: give an id, an email, externalKey:KEY, or an object with a UserId, OrgUnitId or GroupId.");
        }

        /// <summary>The wire type of a -MemberType value.</summary>
        public static string WireType(string memberType) => memberType.ToUpperInvariant();
    }
}
