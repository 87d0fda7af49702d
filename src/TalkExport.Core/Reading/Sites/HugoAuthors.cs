using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Reading.Sites;

/// <summary>Hugo Blox author profiles: <c>content/authors/&lt;id&gt;/_index.md</c> (older) and <c>data/authors/&lt;id&gt;.yaml</c> (newer).</summary>
internal static class HugoAuthors
{
    /// <summary>Fills <paramref name="authors"/> (id → name) and returns the owner's name and profile file, if any.</summary>
    public static (string Name, string File)? Read(SiteFiles files, Dictionary<string, string> authors)
    {
        var root = files.Root;
        (string Name, string File)? owner = null;
        var contentAuthors = Path.Combine(root, "content", "authors");
        if (Directory.Exists(contentAuthors))
        {
            (string, string)? superuser = null, admin = null, only = null;
            // A profile that still holds a template's sample person (the starter's admin left as it
            // came) is nobody's: the owner is chosen among the other profiles first, and the sample
            // is the owner (warned about, TE1103) only when none of them is.
            (string, string)? sampleSuperuser = null, sampleAdmin = null, sampleOnly = null;
            int profiles = 0, samples = 0;
            // Sorted so that the owner chosen never depends on directory order.
            foreach (var dir in Directory.GetDirectories(contentAuthors).Order(StringComparer.Ordinal))
            {
                var index = Path.Combine(dir, "_index.md");
                if (!File.Exists(index) || ReadProfile(index, files) is not { } profile)
                {
                    continue;
                }

                var id = Path.GetFileName(dir);
                if (NameOf(profile) is not { } name)
                {
                    continue;
                }

                authors[id] = name;
                var isAdmin = string.Equals(id, "admin", StringComparison.OrdinalIgnoreCase);
                var isSuperuser = FrontMatterLookup.IsTrue(profile["superuser"]);
                if (OwnerName.Clean(name) is { } cleaned && TemplateSamplePeople.TemplateOf(cleaned) is not null)
                {
                    sampleOnly = ++samples == 1 ? (name, index) : null;
                    sampleAdmin = isAdmin ? (name, index) : sampleAdmin;
                    sampleSuperuser = isSuperuser ? sampleSuperuser ?? (name, index) : sampleSuperuser;
                    continue;
                }

                only = ++profiles == 1 ? (name, index) : null;
                if (isAdmin)
                {
                    admin = (name, index);
                }

                if (isSuperuser)
                {
                    superuser ??= (name, index);
                }
            }

            owner = superuser ?? admin ?? only ?? sampleSuperuser ?? sampleAdmin ?? (profiles == 0 ? sampleOnly : null);
        }

        var dataAuthors = Path.Combine(root, "data", "authors");
        if (Directory.Exists(dataAuthors))
        {
            foreach (var file in Directory.GetFiles(dataAuthors).Order(StringComparer.Ordinal))
            {
                if (!file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var profile = HugoSiteReader.Parse(file, files);
                if (profile is null || NameOf(profile) is not { } name)
                {
                    continue;
                }

                authors[profile.Text("slug") ?? Path.GetFileNameWithoutExtension(file)] = name;
                if (FrontMatterLookup.IsTrue(profile["is_owner"]))
                {
                    owner ??= (name, file);
                }
            }
        }

        return owner;
    }

    // title (Academic), else name (older profiles), else name.display or given + family (data/authors), else first + last.
    private static string? NameOf(FrontMatterMapping profile)
    {
        if ((profile.Text("title") ?? profile.Text("name")) is { } text)
        {
            return text;
        }

        if (profile.Map("name") is { } parts)
        {
            return parts.Text("display") ?? Join(parts.Text("given"), parts.Text("family"));
        }

        return Join(profile.Text("first_name"), profile.Text("last_name"));
    }

    private static string? Join(string? given, string? family) =>
        given is null && family is null ? null : string.Join(' ', new[] { given, family }.Where(p => p is not null));

    private static FrontMatterMapping? ReadProfile(string path, SiteFiles files)
    {
        if (FrontMatterSplitter.Split(files.ReadText(path)) is not { } fm)
        {
            return null;
        }

        string? error;
        var map = fm.IsToml ? ConfigFileParser.ParseToml(fm.Text, out error) : ConfigFileParser.ParseYaml(fm.Text, files.Limits.MaxDepth, out error);
        if (map is null)
        {
            files.Diagnostics.Add(Diagnostic.Warning(MappingDiagnosticCodes.SiteConfigUnreadable, SiteFiles.Display(path), 0, 0, $"the author profile could not be read ({error})"));
        }

        return map;
    }
}
