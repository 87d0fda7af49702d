using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TalkExport.Exporters.Tests.Orcid;

/// <summary>
/// ORCID's rules that work-3.0.xsd does not check (formats/orcid.md): the value lists from
/// orcid-3.0-work-enums.json, two-digit month/day, a real date in 1900–2100, a self id, no empty
/// strings or nulls, no put-code, and the length limits.
/// </summary>
internal static partial class OrcidRules
{
    private static readonly Lazy<Enums> Lists = new(LoadEnums);

    /// <summary>All problems of a work or bulk document (empty when it follows the rules).</summary>
    public static IReadOnlyList<string> Check(string json, bool legacyTypes = false)
    {
        using var doc = JsonDocument.Parse(json);
        var problems = new List<string>();
        CheckStrings(doc.RootElement, "$", problems);
        if (doc.RootElement.TryGetProperty("bulk", out var bulk))
        {
            var i = 0;
            foreach (var item in bulk.EnumerateArray())
            {
                CheckWork(item.GetProperty("work"), $"bulk[{i++}]", legacyTypes, problems);
            }

            if (i > 100)
            {
                problems.Add($"bulk holds {i} works; ORCID takes at most 100");
            }
        }
        else
        {
            CheckWork(doc.RootElement, "work", legacyTypes, problems);
        }

        return problems;
    }

    private static void CheckWork(JsonElement work, string at, bool legacyTypes, List<string> problems)
    {
        var lists = Lists.Value;
        if (work.TryGetProperty("put-code", out _))
        {
            problems.Add($"{at}: put-code on create");
        }

        var type = work.GetProperty("type").GetString()!;
        if (!(legacyTypes ? lists.LegacyWorkTypes : lists.WorkTypes).Contains(type))
        {
            problems.Add($"{at}: work type '{type}' is not in ORCID's {(legacyTypes ? "legacy " : "")}list");
        }

        MaxLength(work, ["title", "title", "value"], 1000, at, problems);
        MaxLength(work, ["journal-title", "value"], 1000, at, problems);
        MaxLength(work, ["short-description"], 5000, at, problems);
        MaxLength(work, ["url", "value"], 350, at, problems);
        if (work.TryGetProperty("citation", out var citation))
        {
            In(lists.CitationTypes, citation.GetProperty("citation-type").GetString(), "citation type", at, problems);
        }

        if (work.TryGetProperty("publication-date", out var date))
        {
            CheckDate(date, at, problems);
        }

        var selfIds = 0;
        if (work.TryGetProperty("external-ids", out var ids))
        {
            foreach (var id in ids.GetProperty("external-id").EnumerateArray())
            {
                var relationship = id.GetProperty("external-id-relationship").GetString();
                In(lists.Relationships, relationship, "relationship", at, problems);
                In(lists.ExternalIdTypes, id.GetProperty("external-id-type").GetString(), "external-id type", at, problems);
                selfIds += relationship == "self" ? 1 : 0;
            }
        }

        if (selfIds == 0)
        {
            problems.Add($"{at}: no self external id (ORCID error 9023)");
        }

        if (work.TryGetProperty("contributors", out var contributors))
        {
            foreach (var c in contributors.GetProperty("contributor").EnumerateArray())
            {
                MaxLength(c, ["credit-name", "value"], 150, at, problems);
                var attributes = c.GetProperty("contributor-attributes");
                In(lists.Roles, attributes.GetProperty("contributor-role").GetString(), "contributor role", at, problems);
                In(lists.Sequences, attributes.GetProperty("contributor-sequence").GetString(), "contributor sequence", at, problems);
            }
        }
    }

    private static void CheckDate(JsonElement date, string at, List<string> problems)
    {
        string? Part(string name) => date.TryGetProperty(name, out var p) ? p.GetProperty("value").GetString() : null;
        var (year, month, day) = (Part("year"), Part("month"), Part("day"));
        if (year is null || !FourDigits().IsMatch(year) || int.Parse(year, CultureInfo.InvariantCulture) is < 1900 or > 2100)
        {
            problems.Add($"{at}: year '{year}' is not four digits in 1900-2100");
            return;
        }

        if (month is not null && (!TwoDigits().IsMatch(month) || int.Parse(month, CultureInfo.InvariantCulture) is < 1 or > 12))
        {
            problems.Add($"{at}: month '{month}' is not two digits 01-12");
        }

        if (day is not null && (month is null || !TwoDigits().IsMatch(day) || !DateTime.TryParseExact($"{year}-{month}-{day}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            problems.Add($"{at}: day '{day}' is not two digits of a real date with a month");
        }
    }

    private static void CheckStrings(JsonElement e, string at, List<string> problems)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    CheckStrings(p.Value, at + "." + p.Name, problems);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    CheckStrings(item, $"{at}[{i++}]", problems);
                }

                break;
            case JsonValueKind.String:
                var s = e.GetString()!;
                if (string.IsNullOrWhiteSpace(s))
                {
                    problems.Add($"{at}: empty string (ORCID error 9047)");
                }

                if (HasXmlForbiddenCharacter(s))
                {
                    problems.Add($"{at}: character that XML 1.0 forbids");
                }

                break;
            case JsonValueKind.Null:
                problems.Add($"{at}: null (omit instead)");
                break;
            default:
                problems.Add($"{at}: {e.ValueKind} where ORCID expects strings");
                break;
        }
    }

    private static bool HasXmlForbiddenCharacter(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void MaxLength(JsonElement e, string[] path, int limit, string at, List<string> problems)
    {
        foreach (var step in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(step, out e))
            {
                return;
            }
        }

        if (e.GetString()!.Length > limit)
        {
            problems.Add($"{at}: {string.Join('/', path)} is {e.GetString()!.Length} characters; ORCID allows {limit}");
        }
    }

    private static void In(HashSet<string> allowed, string? value, string what, string at, List<string> problems)
    {
        if (value is null || !allowed.Contains(value))
        {
            problems.Add($"{at}: {what} '{value}' is not in ORCID's list");
        }
    }

    private static Enums LoadEnums()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(OrcidSchemas.Folder, "orcid-3.0-work-enums.json")));
        var r = doc.RootElement;
        HashSet<string> Strings(JsonElement a) => a.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal);
        var types = r.GetProperty("work-type").EnumerateArray().ToArray();
        return new Enums(
            types.Select(t => t.GetProperty("value").GetString()!).ToHashSet(StringComparer.Ordinal),
            types.Where(t => t.GetProperty("in_orcid_model_2020_04_split").GetBoolean()).Select(t => t.GetProperty("value").GetString()!).ToHashSet(StringComparer.Ordinal),
            Strings(r.GetProperty("citation-type")),
            Strings(r.GetProperty("external-id-relationship")),
            Strings(r.GetProperty("contributor-sequence")),
            Strings(r.GetProperty("contributor-role").GetProperty("legacy")),
            Strings(r.GetProperty("external-id-type_from_identifiers_en_properties")));
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex TwoDigits();

    private sealed record Enums(
        HashSet<string> WorkTypes,
        HashSet<string> LegacyWorkTypes,
        HashSet<string> CitationTypes,
        HashSet<string> Relationships,
        HashSet<string> Sequences,
        HashSet<string> Roles,
        HashSet<string> ExternalIdTypes);
}
