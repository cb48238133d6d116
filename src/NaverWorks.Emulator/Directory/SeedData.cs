using System.Globalization;
using NaverWorks.Emulator.Directory.Users;

namespace NaverWorks.Emulator.Directory;

/// <summary>
/// A deterministic Korean company: a few divisions and teams, levels and positions, and any number
/// of members with romanized login emails. Users are built directly and stored in one batch, so
/// 100,000 of them seed in well under a second.
/// </summary>
internal static class SeedData
{
    private static readonly (string Hangul, string Roman)[] FamilyNames =
    [
        ("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"), ("조", "cho"),
        ("윤", "yoon"), ("장", "jang"), ("임", "lim"), ("한", "han"), ("오", "oh"), ("서", "seo"), ("신", "shin"),
        ("권", "kwon"), ("황", "hwang"), ("안", "ahn"), ("송", "song"), ("류", "ryu"), ("전", "jeon"),
    ];

    private static readonly (string Hangul, string Roman)[] GivenNames =
    [
        ("민준", "minjun"), ("서연", "seoyeon"), ("도윤", "doyun"), ("서윤", "seoyun"), ("예준", "yejun"), ("지우", "jiwoo"),
        ("시우", "siwoo"), ("하은", "haeun"), ("주원", "juwon"), ("지유", "jiyu"), ("하준", "hajun"), ("수아", "sua"),
        ("지호", "jiho"), ("지민", "jimin"), ("준서", "junseo"), ("채원", "chaewon"), ("현우", "hyunwoo"), ("유진", "yujin"),
        ("은우", "eunwoo"), ("다은", "daeun"), ("건우", "gunwoo"), ("예린", "yerin"), ("우진", "woojin"), ("소윤", "soyun"),
    ];

    private static readonly (string Name, string Key, string? Parent)[] OrgUnits =
    [
        ("경영지원본부", "SEED-MGMT", null), ("인사팀", "SEED-HR", "SEED-MGMT"), ("재무팀", "SEED-FIN", "SEED-MGMT"),
        ("개발본부", "SEED-DEV", null), ("플랫폼팀", "SEED-PLATFORM", "SEED-DEV"), ("서비스개발팀", "SEED-SERVICE", "SEED-DEV"),
        ("영업본부", "SEED-SALES", null), ("국내영업팀", "SEED-SALES-KR", "SEED-SALES"), ("해외영업팀", "SEED-SALES-GL", "SEED-SALES"),
    ];

    private static readonly (string Name, bool Executive)[] Levels =
        [("사원", false), ("주임", false), ("대리", false), ("과장", false), ("차장", false), ("부장", false), ("이사", true), ("상무", true)];

    private static readonly string[] Positions = ["팀원", "파트장", "팀장", "본부장"];

    /// <summary>Adds <paramref name="count"/> members; the caller holds the tenant lock.</summary>
    public static IReadOnlyList<UserRecord> AddUsers(EmulatorTenant tenant, int count)
    {
        var structure = EnsureStructure(tenant);
        var first = tenant.Users.Table.Count;
        var now = tenant.Now;
        var users = new List<UserRecord>(count);
        for (var n = first; users.Count < count; n++)
        {
            var number = n.ToString("D6", CultureInfo.InvariantCulture);
            var family = FamilyNames[n % FamilyNames.Length];
            var given = GivenNames[(n / FamilyNames.Length) % GivenNames.Length];
            var team = structure.Teams[n % structure.Teams.Count];
            var email = $"{given.Roman}.{family.Roman}{number}@{tenant.MailDomain}";
            if (tenant.EmailOwners.ContainsKey(email) || tenant.Users.Table.FindByExternalKey($"EMP-{number}") is not null)
            {
                // Taken by a user created through the API; try the next number.
                continue;
            }

            users.Add(new UserRecord
            {
                UserId = ResourceIds.New("user"),
                Seq = tenant.NextSeq(),
                CreatedAt = now,
                DomainId = tenant.DomainId,
                UserExternalKey = $"EMP-{number}",
                Email = email,
                UserName = new UserName { LastName = family.Hangul, FirstName = given.Hangul },
                I18nNames = [new UserI18nName { Language = "en_US", LastName = Capitalize(family.Roman), FirstName = Capitalize(given.Roman) }],
                Organizations =
                [
                    new UserOrganization
                    {
                        DomainId = tenant.DomainId,
                        Primary = true,
                        LevelId = structure.Levels[n % 97 == 0 ? structure.Levels.Count - 1 : n % (structure.Levels.Count - 2)],
                        OrgUnits =
                        [
                            new UserOrgUnit
                            {
                                OrgUnitId = team,
                                Primary = true,
                                PositionId = structure.Positions[n % 17 == 0 ? 2 : 0],
                                IsManager = n % 17 == 0,
                            },
                        ],
                    },
                ],
                CellPhone = $"010-{1000 + (n % 9000)}-{number[2..]}",
                Locale = "ko_KR",
                TimeZone = "Asia/Seoul",
                EmployeeNumber = number,
                HiredDate = now.AddDays(-(n % 3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ActivationDate = UsersResource.FormatTime(now),
                PasswordCreationType = "ADMIN",
            });
        }

        tenant.Users.CommitSeed(users);
        return users;
    }

    private static Structure EnsureStructure(EmulatorTenant tenant)
    {
        var keyToId = new Dictionary<string, string>(StringComparer.Ordinal);
        var teams = new List<string>();
        for (var i = 0; i < OrgUnits.Length; i++)
        {
            var (name, key, parent) = OrgUnits[i];
            var unit = tenant.OrgUnits.Table.FindByExternalKey(key)
                ?? tenant.AddOrgUnit(name, parent is null ? null : keyToId[parent], key, displayOrder: i + 1);
            keyToId[key] = unit.OrgUnitId;
            if (parent is not null)
            {
                teams.Add(unit.OrgUnitId);
            }
        }

        var levels = Levels.Select((l, i) =>
            (tenant.Levels.Table.FindByExternalKey($"SEED-LEVEL-{i + 1}") ?? tenant.AddLevel(l.Name, i + 1, l.Executive, $"SEED-LEVEL-{i + 1}")).LevelId).ToList();
        var positions = Positions.Select((p, i) =>
            (tenant.Positions.Table.FindByExternalKey($"SEED-POSITION-{i + 1}") ?? tenant.AddPosition(p, i + 1, $"SEED-POSITION-{i + 1}")).PositionId).ToList();
        return new Structure(teams, levels, positions);
    }

    private static string Capitalize(string roman) => char.ToUpperInvariant(roman[0]) + roman[1..];

    private sealed record Structure(IReadOnlyList<string> Teams, IReadOnlyList<string> Levels, IReadOnlyList<string> Positions);
}
