using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// Compares what pandoc read back (CSL JSON) with the talks: title, authors (family/given/
/// particle/suffix/literal), date, event (biblatex: event, event-place, genre, event-date;
/// bibtex: howpublished, which pandoc calls publisher) and URL.
/// </summary>
internal static partial class PandocRoundTrip
{
    // strictNames false (generated names): only the words of each name must come back, since pandoc
    // calls a lowercase word at the end of a given name a particle (citeproc's rule, not bibtex's).
    public static List<string> Compare(IReadOnlyList<Talk> keyed, IReadOnlyDictionary<string, JsonElement> items, BibTeXDialect dialect, string? owner, bool strictNames = true)
    {
        var problems = new List<string>();
        if (items.Count != keyed.Count || items.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count() != items.Count)
        {
            problems.Add($"{items.Count} items for {keyed.Count} talks, or ids repeated ignoring case");
        }

        foreach (var talk in keyed)
        {
            if (!items.TryGetValue(talk.Key, out var item))
            {
                problems.Add($"{talk.Key}: missing");
                continue;
            }

            void Check(string what, string? expected, string? actual)
            {
                if (!string.Equals(Normalize(Clean(expected)), Normalize(actual), StringComparison.Ordinal))
                {
                    problems.Add($"{talk.Key} {what}: expected «{expected}», got «{actual}»");
                }
            }

            var title = Plain(Get(item, "title"));
            Check("title (ignoring case)", PlainTitle(talk.Title).ToUpperInvariant(), title?.ToUpperInvariant());
            foreach (var word in ProtectedWords(Normalize(PlainTitle(talk.Title))!).Where(w => Normalize(title)?.Contains(w, StringComparison.Ordinal) != true))
            {
                problems.Add($"{talk.Key} title: lost the capitals of «{word}» in «{title}»");
            }

            CompareAuthors(talk, item, owner, strictNames, Check);
            var d = talk.Date;
            var issued = d is { } known && dialect == BibTeXDialect.BibTeX ? new TalkDate(known.Year, known.Month) : d;
            Check("issued", issued?.ToString(), DateParts(item, "issued", 0));
            var mainUrl = talk.Links.Page ?? talk.Links.Slides ?? talk.Links.Event;
            Check("URL", mainUrl?.Replace(" ", "%20", StringComparison.Ordinal).Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal), Get(item, "URL"));
            if (dialect == BibTeXDialect.BibTeX)
            {
                // Like the exporter: white space collapsed and trimmed, but a no-break space is data and stays;
                // the kind label is left out when the venue already starts with it ("Invited talk, Astra Zeneca").
                var venue = talk.Venue?.TrimStart() ?? "";
                var label = talk.Kind.Label();
                var named = venue.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (venue.Length == label.Length || venue[label.Length] is ',' or ' ' or ':' or ';' or '.');
                var parts = new[] { named ? null : label, talk.Venue, talk.Location }.Select(p => Clean(BreakingSpace().Replace(p ?? "", " ").Trim(' '))).Where(p => p.Length > 0);
                Check("howpublished", string.Join(", ", parts), Get(item, "publisher"));
            }
            else
            {
                Check("event", talk.Venue, Get(item, "event"));
                Check("event-place", talk.Location, Get(item, "event-place"));
                Check("genre", talk.Kind.Label(), Get(item, "genre"));
                Check("event-date", talk.Date?.ToString(), DateParts(item, "event-date", 0));
                Check("event-date end", talk.EndDate?.ToString(), DateParts(item, "event-date", 1));
            }
        }

        return problems;
    }

    private static void CompareAuthors(Talk talk, JsonElement item, string? owner, bool strict, Action<string, string?, string?> check)
    {
        var expected = talk.Authors.Count > 0 ? talk.Authors : owner is null ? [] : [OwnerPerson(owner)];
        var actual = item.TryGetProperty("author", out var a) ? a.EnumerateArray().ToList() : [];
        check("author count", expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), actual.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            var person = expected[i];
            var json = actual[i];
            if (!strict)
            {
                var parts = new[] { "given", "dropping-particle", "non-dropping-particle", "family", "suffix", "literal" };
                // Each part is escaped on its own, so its braces pair within it.
                check($"author {i} words", Words(person.Given, person.Particle, person.Family, person.Suffix, person.Literal), Words(parts.Select(p => Get(json, p)).ToArray()));
                continue;
            }

            if (person.Literal is not null)
            {
                check($"author {i} literal", person.Literal, Get(json, "literal") ?? Get(json, "family"));
                continue;
            }

            check($"author {i} family", person.Family, Get(json, "family"));
            check($"author {i} given", person.Given, Get(json, "given"));
            check($"author {i} particle", person.Particle, Get(json, "dropping-particle") ?? Get(json, "non-dropping-particle"));
            check($"author {i} suffix", person.Suffix, Get(json, "suffix"));
        }
    }

    private static string Words(params string?[] parts) =>
        string.Join(' ', parts.SelectMany(p => (Normalize(Clean(p)) ?? "").Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Order(StringComparer.Ordinal));

    private static Person OwnerPerson(string owner)
    {
        var space = owner.LastIndexOf(' ');
        return new Person { Given = owner[..space], Family = owner[(space + 1)..] };
    }

    private static string? Get(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;

    private static string? DateParts(JsonElement item, string name, int index)
    {
        if (!item.TryGetProperty(name, out var date) || !date.TryGetProperty("date-parts", out var parts) || parts.GetArrayLength() <= index)
        {
            return null;
        }

        var p = parts[index].EnumerateArray().Select(x => x.GetInt32()).ToArray();
        return p.Length switch
        {
            1 => $"{p[0]:D4}",
            2 => $"{p[0]:D4}-{p[1]:D2}",
            _ => $"{p[0]:D4}-{p[1]:D2}-{p[2]:D2}",
        };
    }

    // The title as a reader sees it: tags gone, entities decoded, control characters and
    // braces without a partner removed (pandoc drops \textbraceleft; only bibtex/biber check those).
    private static string PlainTitle(string title) => Clean(WebUtility.HtmlDecode(Tag().Replace(BlockTag().Replace(title, " "), "")))!;

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var keep = new bool[text.Length];
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            keep[i] = text[i] is not ('{' or '}') && !char.IsControl(text[i]);
            if (text[i] == '{')
            {
                open.Push(i);
            }
            else if (text[i] == '}' && open.Count > 0)
            {
                keep[open.Pop()] = true;
                keep[i] = true;
            }
        }

        return new string(text.Where((_, i) => keep[i] || char.IsWhiteSpace(text[i])).ToArray());
    }

    private static string? Plain(string? cslTitle) => cslTitle is null ? null : Tag().Replace(cslTitle, "");

    // Words a style would lowercase unless protected: capitals beyond the first letter, or capitalised after the first word.
    private static IEnumerable<string> ProtectedWords(string title) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ':', '.', '?', '!', '"', '\'', '(', ')'))
            .Where((w, i) => w.Length > 0 && (w.Skip(1).Any(char.IsUpper) || (i > 0 && char.IsUpper(w[0]))));

    private static string? Normalize(string? s)
    {
        if (s is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var c in s)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' => "'",
                '\u201C' or '\u201D' or '\u201E' => "\"",
                '\u2013' or '\u2014' => "-",
                '\u2026' => "...",
                _ when char.IsWhiteSpace(c) => " ",
                _ => c.ToString(),
            });
        }

        var text = builder.ToString().Replace("--", "-", StringComparison.Ordinal).Replace("''", "\"", StringComparison.Ordinal).Replace("``", "\"", StringComparison.Ordinal);
        return Space().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<[a-zA-Z/][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(br|p|div|li)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"[^\S\u00A0\u202F\u2007]+")]
    private static partial Regex BreakingSpace();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
