namespace TalkExport.Core.Reading.Dialects;

/// <summary>The key map every dialect shares (docs/themes.md, "Rules every dialect shares").</summary>
internal static class SharedKeys
{
    /// <summary>The title; an al-folio inline item without one takes its body.</summary>
    public static readonly FieldKeys Title = new("title", null, "title");

    /// <summary>The tags: a list, or one string split on commas (else spaces).</summary>
    public static readonly FieldKeys Tags = new("tags", null, "tags");

    /// <summary>The talk's language.</summary>
    public static readonly FieldKeys Language = new("language", null, "language", "lang", "locale");

    /// <summary>A BibTeX entry written into the record (by <c>fill-bibtex</c> or by hand).</summary>
    public static readonly FieldKeys BibTeX = new("bibtex", null, "bibtex");

    /// <summary>The map, for the test that holds it to docs/themes.md.</summary>
    public static IReadOnlyList<FieldKeys> All { get; } = [Title, Tags, Language, BibTeX];
}
