using System.Text.RegularExpressions;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>
/// The rules under which TalkExport may read a record differently from the generator, each a
/// deliberate reading of what the theme shows (never one file): <c>allowed-differences.txt</c> names
/// the rules in force with why, and this class says what each rule matches.
/// </summary>
internal sealed class AllowedDifferences
{
    private static readonly Dictionary<string, Func<Difference, bool>> Predicates = new(StringComparer.Ordinal)
    {
        // Jekyll logs a YAML error and still publishes the page with no front matter; TalkExport reports the error and reads no talk.
        ["front-matter-not-yaml"] = d => d.Field == "record" && d.Page is { ReadError: true },

        // Hugo Academic's `time_start` and Hugo Blox's `event_start` are the event date the theme shows; Hugo's .Date is the publish date.
        ["event-date-key"] = d => d.Field == "date" && HasKey(d, "time_start", "event_start"),

        // The theme links the talk to `overwriteurl` instead of its own page (olofmogren's talks/index.html).
        ["theme-link-key"] = d => d.Field == "url" && HasKey(d, "overwriteurl"),

        // The record's type or kind says the owner attended, organised or was a delegate: TalkExport skips it (TE1112).
        ["not-a-talk-given"] = d => d.Field == "record" && d.Ours == "not a talk" && d.OurCodes.Contains("TE1112"),

        // academicpages' `collection:` names another collection (a project in _talks/): TalkExport skips it (TE1113).
        ["own-collection-key"] = d => d.Field == "record" && d.Ours == "not a talk" && d.OurCodes.Contains("TE1113"),

        // An al-folio `inline: true` item without `title:`: Jekyll titles it from the file name, the theme never shows that; it prints the body, which TalkExport reads as the title.
        ["inline-item-title"] = d => d.Field == "title" && HasKey(d, "inline") && !HasKey(d, "title"),
    };

    private AllowedDifferences(List<AllowedRule> rules, List<string> unreadable)
    {
        Rules = rules;
        UnreadableSites = unreadable;
    }

    public IReadOnlyList<AllowedRule> Rules { get; }

    /// <summary>Sites a generator cannot read offline (named in the file with why).</summary>
    public IReadOnlyList<string> UnreadableSites { get; }

    public static AllowedDifferences Load()
    {
        var file = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "TalkExport.Core.Tests", "Reading", "Oracles", "allowed-differences.txt");
        var rules = new List<AllowedRule>();
        var unreadable = new List<string>();
        foreach (var raw in File.ReadAllLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts[0].StartsWith("unreadable ", StringComparison.Ordinal))
            {
                unreadable.Add(parts[0]["unreadable ".Length..].Trim());
                continue;
            }

            Assert.True(Predicates.ContainsKey(parts[0]), $"allowed-differences.txt names an unknown rule '{parts[0]}'");
            Assert.True(parts.Length == 2 && parts[1].Length > 0, $"allowed-differences.txt: rule '{parts[0]}' says no why");
            rules.Add(new AllowedRule(parts[0], parts[1], Predicates[parts[0]]));
        }

        return new AllowedDifferences(rules, unreadable);
    }

    public AllowedRule? Match(Difference difference) => Rules.FirstOrDefault(r => r.Matches(difference));

    // A front-matter key with a value (YAML `key: v` or TOML `key = v`) at the start of a line.
    private static bool HasKey(Difference d, params string[] keys)
    {
        var text = File.Exists(d.FullPath) ? File.ReadAllText(d.FullPath) : "";
        return keys.Any(k => Regex.IsMatch(text, $@"^{Regex.Escape(k)}\s*[:=][ \t]*[^\s#]", RegexOptions.Multiline));
    }
}

/// <summary>One row of the allow-list.</summary>
internal sealed record AllowedRule(string Name, string Why, Func<Difference, bool> Matches);
