using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.Template;

/// <summary>
/// The templates built into the tool (embedded <c>Gallery/*.liquid</c>), chosen with
/// <c>--builtin NAME</c>: a separate option from <c>--template FILE</c>, so a name is never
/// taken for a file of that name, nor a file for a name.
/// </summary>
public static class TemplateGallery
{
    /// <summary>The built-in templates, in the order <c>--list</c> shows them.</summary>
    public static IReadOnlyList<GalleryTemplate> All { get; } =
    [
        new("moderncv", "A LaTeX \"Talks\" section of moderncv \\cventry lines, for \\input{talks} in a moderncv CV (.tex)."),
        new("markdown-cv", "A Markdown \"Talks\" section under year headings, for pandoc or a static site (.md)."),
    ];

    /// <summary>The text of the built-in template <paramref name="name"/>, or null when there is none.</summary>
    public static string? Text(string name)
    {
        var entry = All.FirstOrDefault(t => t.Name == name);
        if (entry is null)
        {
            return null;
        }

        var resource = typeof(TemplateGallery).Assembly.GetManifestResourceStream(ResourceName(entry))
            ?? throw new InvalidOperationException($"The built-in template {entry.Name} is not embedded.");
        using var reader = new StreamReader(resource);
        return reader.ReadToEnd();
    }

    /// <summary>The path shown in a built-in template's error messages: <c>builtin:moderncv</c>.</summary>
    public static string DisplayPath(string name) => "builtin:" + name;

    private static string ResourceName(GalleryTemplate entry) => "Gallery." + entry.Name;
}
