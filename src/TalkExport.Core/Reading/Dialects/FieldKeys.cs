namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// One entry of a dialect's key map: the front-matter keys that fill a model field, in the order they
/// are tried (<see cref="RecordContext.Take(FieldKeys)"/>: the first present and not empty wins, every
/// one present leaves the extras), and the template line that shows them as docs/themes.md cites it.
/// Maps are static: built once, read for every record. A test holds each map to docs/themes.md.
/// </summary>
internal sealed class FieldKeys
{
    /// <summary>An entry for <paramref name="field"/>, shown at <paramref name="shownAt"/>, read from <paramref name="keys"/>.</summary>
    public FieldKeys(string field, string? shownAt, params string[] keys)
    {
        Field = field;
        ShownAt = shownAt;
        Keys = keys;
    }

    /// <summary>
    /// The model field (a <see cref="FieldNames"/> name, which user aliases may target); for a key that
    /// fills one of two fields by its value (academicpages' <c>link</c>), the key itself, so no alias takes it.
    /// </summary>
    public string Field { get; }

    /// <summary>The template line that shows the value (a path below the family's theme folder, as docs/themes.md cites it), or null when no template shows it.</summary>
    public string? ShownAt { get; }

    /// <summary>The keys, in the order they are tried; none when the dialect reads the field from no key of its own (Hugo's kind).</summary>
    public string[] Keys { get; }

    /// <summary>The first key, for an entry of one key that is looked at rather than taken.</summary>
    public string First => Keys[0];
}
