namespace TalkExport.Core.Reading.Sites;

/// <summary>
/// The sample people that site templates ship with. A site whose config or author profile still
/// names one has not set its owner yet: that person gave none of its talks.
/// </summary>
internal static class TemplateSamplePeople
{
    // Name (honorifics and degrees removed) → the template, for the warning. Each from the file named.
    private static readonly Dictionary<string, string> People = new(StringComparer.OrdinalIgnoreCase)
    {
        // academicpages/academicpages.github.io, _config.yml `name`.
        ["Your Name"] = "academicpages",

        // academicpages/academicpages.github.io, _config.yml `author.name` (the sidebar).
        ["Your Sidebar Name"] = "academicpages",

        // alshedivat/al-folio, _config.yml `first_name: You`, `middle_name: R.`, `last_name: Name`.
        ["You R. Name"] = "al-folio",

        // HugoBlox/hugo-blox-builder (formerly gcushen/hugo-academic, then wowchemy), exampleSite/content/authors/admin/_index.md `title`.
        ["Nelson Bighetti"] = "Hugo Academic/Wowchemy",

        // HugoBlox/hugo-blox-builder @5e223515, exampleSite/config.toml `[params] name` (Academic before author profiles).
        ["Lena Smith"] = "Hugo Academic",

        // HugoBlox/hugo-blox-builder @ab52b86a, starters/academic-cv/content/authors/admin/_index.md `title`.
        ["吳健雄"] = "Hugo Blox academic-cv",

        // HugoBlox/hugo-blox-builder @a139f742, templates/academic-cv/data/authors/me.yaml `name.display` ("Dr. Alex Johnson").
        ["Alex Johnson"] = "Hugo Blox academic-cv",
    };

    /// <summary>The template whose sample person <paramref name="name"/> is, or null for anyone else.</summary>
    public static string? TemplateOf(string name) => People.GetValueOrDefault(name);
}
