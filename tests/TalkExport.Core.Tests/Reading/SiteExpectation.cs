namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// One site's expectation file (format in Expectations/README.md): the owner, the talk records with
/// their expected fields, and the records that must not be read as talks.
/// </summary>
internal sealed record SiteExpectation(string? Owner, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Talks, IReadOnlyList<string> NotTalks)
{
    /// <summary>The fields of a talk block, in file order.</summary>
    public static readonly string[] Fields = ["title", "date", "end", "event", "institution", "place", "authors", "kind"];

    public static SiteExpectation Load(string path)
    {
        string? owner = null;
        var talks = new Dictionary<string, IReadOnlyDictionary<string, string?>>(StringComparer.Ordinal);
        var notTalks = new List<string>();
        Dictionary<string, string?>? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith("owner: ", StringComparison.Ordinal))
            {
                var value = raw["owner: ".Length..].Split("  #", 2)[0].Trim();
                owner = value == "-" ? null : value;
            }
            else if (raw.StartsWith("talk ", StringComparison.Ordinal))
            {
                current = [];
                talks.Add(raw["talk ".Length..], current);
            }
            else if (raw.StartsWith("not-a-talk ", StringComparison.Ordinal))
            {
                current = null;
                notTalks.Add(raw["not-a-talk ".Length..]);
            }
            else if (current is not null && raw.StartsWith("  ", StringComparison.Ordinal) && raw.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0)
            {
                var value = raw[(colon + 2)..];
                current[raw[2..colon]] = value == "-" ? null : value;
            }
        }

        return new SiteExpectation(owner, talks, notTalks);
    }
}
