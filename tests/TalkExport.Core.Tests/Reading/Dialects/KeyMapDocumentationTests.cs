using System.Text.RegularExpressions;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Dialects;

/// <summary>
/// docs/themes.md is the written key map, each dialect's <see cref="Dialect.KeyMap"/> the one that runs:
/// these tests keep them equal, so neither can change alone.
/// </summary>
public sealed partial class KeyMapDocumentationTests
{
    private static readonly string ThemesMd = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "docs", "themes.md"));

    public static TheoryData<string> DialectIds => [.. Dialect.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(DialectIds))]
    public void KeyMap_EveryKey_IsNamedInItsFamiliesSections(string id)
    {
        var text = string.Join('\n', FamilySections(id));
        var missing = Map(id).SelectMany(f => f.Keys).Where(key => !text.Contains($"`{key}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"keys of the {id} map that docs/themes.md does not name in its sections for {id}: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(DialectIds))]
    public void KeyMap_TemplateLine_IsCitedInTheRowOfOneOfItsKeys(string id)
    {
        var rows = FamilySections(id).SelectMany(Rows).ToList();
        var wrong = Map(id)
            .Where(f => f.ShownAt is { } at && !rows.Exists(r => f.Keys.Any(k => r.Keys.Contains(k)) && r.Template.Contains($"`{at}`", StringComparison.Ordinal)))
            .Select(f => $"{string.Join('/', f.Keys)} at {f.ShownAt}")
            .ToList();
        Assert.True(wrong.Count == 0, $"template lines of the {id} map that no docs/themes.md row of their keys cites: {string.Join("; ", wrong)}");
    }

    [Theory]
    [MemberData(nameof(DialectIds))]
    public void ThemesMd_EveryRowThatFillsAField_NamesAKeyOfTheMap(string id)
    {
        var keys = Map(id).SelectMany(f => f.Keys).Concat(SharedKeys.All.SelectMany(f => f.Keys)).ToHashSet(StringComparer.Ordinal);
        var unread = FamilySections(id).SelectMany(Rows)
            .Where(r => r.Keys.Count > 0 && !r.Field.StartsWith("`Extra`", StringComparison.Ordinal) && !r.Field.StartsWith('—') && !r.Keys.Any(keys.Contains))
            .Select(r => string.Join(", ", r.Keys))
            .ToList();
        Assert.True(unread.Count == 0, $"docs/themes.md rows for {id} that fill a field from keys the {id} map does not read: {string.Join("; ", unread)}");
    }

    [Fact]
    public void SharedKeys_AreNamedInTheSharedRules()
    {
        var shared = Sections().Single(s => s.StartsWith("## Rules every dialect shares", StringComparison.Ordinal));
        var missing = SharedKeys.All.SelectMany(f => f.Keys).Where(key => !shared.Contains($"`{key}`", StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryDialect_HasSectionsInThemesMd() =>
        Assert.All(Dialect.All, d => Assert.NotEmpty(FamilySections(d.Id)));

    private static IReadOnlyList<FieldKeys> Map(string id) => Dialect.Find(id)!.KeyMap;

    // The "## …" sections, each with its "### Differences".
    private static IEnumerable<string> Sections() =>
        ThemesMd.Split("\n## ").Select(s => s.StartsWith("## ", StringComparison.Ordinal) ? s : "## " + s);

    // A family's sections end their heading with its dialect id: "## Wowchemy v5 (`hugo`)".
    private static List<string> FamilySections(string id) =>
        [.. Sections().Where(s => s[..s.IndexOf('\n', StringComparison.Ordinal)].EndsWith($"(`{id}`)", StringComparison.Ordinal))];

    // The rows of a section's key tables: | key | what the theme shows | TalkExport field | template |
    private static IEnumerable<Row> Rows(string section)
    {
        foreach (var line in section.Split('\n'))
        {
            var cells = CellBorder().Split(line); // a cell may hold an escaped \|
            if (!line.StartsWith("| `", StringComparison.Ordinal) || cells.Length != 6)
            {
                continue;
            }

            // `address.street`, `.city` and `address.*` name the key address; `inline: true`, `*.bib`, `<name>.pdf` name none.
            var keys = Code().Matches(cells[1]).Select(m => m.Groups[1].Value.Split('.')[0]).Where(k => KeyName().IsMatch(k)).ToList();
            yield return new Row(keys, cells[3].Trim(), cells[4]);
        }
    }

    private sealed record Row(List<string> Keys, string Field, string Template);

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellBorder();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("^[a-z][a-zA-Z_]*$")]
    private static partial Regex KeyName();
}
