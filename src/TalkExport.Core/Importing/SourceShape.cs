namespace TalkExport.Core.Importing;

/// <summary>
/// How an importer tells its files (<see cref="ITalkImporter.Recognises"/>): by the name's
/// extension, and where two formats share one (.json: CSL-JSON arrays, ORCID objects) by the
/// first characters of the text, past a byte-order mark and white space.
/// </summary>
public static class SourceShape
{
    // JSON's and XML's insignificant white space, and the byte-order mark an editor may leave.
    private const string Blank = "\uFEFF \t\r\n";

    /// <summary>True when <paramref name="path"/> ends with one of <paramref name="extensions"/> (with their dot), ignoring case.</summary>
    public static bool HasExtension(string path, params ReadOnlySpan<string> extensions)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var extension in extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="text"/> from its first character that is not white space or a byte-order mark.</summary>
    public static ReadOnlySpan<char> Content(ReadOnlySpan<char> text) => text.TrimStart(Blank);

    /// <summary>
    /// True when <paramref name="text"/> (past white space) opens with <paramref name="open"/> and then,
    /// past white space again, <paramref name="next"/>: <c>[</c> then <c>{</c>, or <c>{</c> then <c>"title"</c>.
    /// </summary>
    public static bool Opens(ReadOnlySpan<char> text, char open, string next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var rest = Content(text);
        return !rest.IsEmpty && rest[0] == open && Content(rest[1..]).StartsWith(next, StringComparison.Ordinal);
    }
}
