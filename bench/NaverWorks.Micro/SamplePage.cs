using System.Text.Json.Nodes;

namespace NaverWorks.Micro;

/// <summary>A users page as the API sends it: the documented example user (shared/api/fixtures) repeated with fresh ids.</summary>
internal static class SamplePage
{
    public static byte[] Users(int count)
    {
        var fixture = JsonNode.Parse(File.ReadAllText(Fixture("works/users-page.json")))!.AsObject();
        var template = fixture["users"]![0]!;
        var users = new JsonArray();
        for (int n = 0; n < count; n++)
        {
            var user = template.DeepClone().AsObject();
            user["userId"] = $"user{n:D4}-9a1b-4f0d-1a2b-03f1a2b3c4d5";
            user["email"] = $"member{n:D4}@example.co.jp";
            users.Add(user);
        }
        var page = new JsonObject { ["users"] = users, ["responseMetaData"] = new JsonObject { ["nextCursor"] = "bmV4dA==" } };
        return System.Text.Encoding.UTF8.GetBytes(page.ToJsonString());
    }

    private static string Fixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "shared", "api", "fixtures", name);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("shared/api/fixtures/" + name + " not found above " + AppContext.BaseDirectory);
    }
}
