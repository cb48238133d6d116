using System.Globalization;
using System.Text;

namespace NaverWorks.Emulator.Infrastructure.Paging;

/// <summary>
/// Opaque cursors: base64url of the list's identity and the last key returned. A cursor from a
/// different list, or ordering, or a tampered one, is rejected with 400 rather than silently
/// restarting, so client paging bugs surface.
/// </summary>
internal static class CursorCodec
{
    public static string Encode(string listIdentity, SortKey key)
    {
        var raw = string.Join('\n', "v1", listIdentity, key.Number.ToString(CultureInfo.InvariantCulture), key.Seq.ToString(CultureInfo.InvariantCulture), key.Text);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static SortKey Decode(string listIdentity, string cursor)
    {
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(b64)).Split('\n', 5);
            if (parts.Length == 5 && parts[0] == "v1" && parts[1] == listIdentity
                && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                && long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seq))
            {
                return new SortKey(parts[4], number, seq);
            }
        }
        catch (FormatException)
        {
        }

        throw ApiErrors.Invalid("cursor", "is not a valid cursor for this list");
    }
}
