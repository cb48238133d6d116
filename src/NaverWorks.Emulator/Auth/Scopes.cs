namespace NaverWorks.Emulator.Auth;

/// <summary>The OAuth scopes of API 2.0 and how a scope string is read (space-separated, as every client sends it).</summary>
internal static class Scopes
{
    /// <summary>Every documented scope; anything else is <c>invalid_scope</c>.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "openid", "email", "profile", "audit", "audit.read", "monitoring.read", "board", "board.read", "bot", "bot.read", "bot.message",
        "calendar", "calendar.read", "contact", "contact.read", "file", "file.read", "form", "form.read", "group", "group.read",
        "group.note", "group.note.read", "group.folder", "group.folder.read", "mail", "mail.read", "orgunit", "orgunit.read",
        "directory", "directory.read", "partner", "partner.read", "security.external-browser", "security.external-browser.read",
        "task", "task.read", "user", "user.read", "user.email.read", "user.profile.read",
    };

    /// <summary>What the demo app is granted: the whole directory and calendar, read and write, plus OIDC.</summary>
    public static readonly IReadOnlyList<string> DemoDefault =
    [
        "directory", "directory.read", "user", "user.read", "user.email.read", "user.profile.read", "orgunit", "orgunit.read",
        "group", "group.read", "calendar", "calendar.read", "openid", "email", "profile",
    ];

    /// <summary>Splits a space-separated scope parameter; null when it is empty.</summary>
    public static IReadOnlyList<string>? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
    }
}
