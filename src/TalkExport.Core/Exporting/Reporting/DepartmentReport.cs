using System.Globalization;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Exporting.Reporting;

/// <summary>One group of a <see cref="DepartmentReport"/>: a key of one dimension, its count and the groups nested in it.</summary>
/// <param name="Dimension">What the key is (owner, kind, …).</param>
/// <param name="Key">The owner's name, the kind id, the year, the academic year or the tag.</param>
/// <param name="Count">The talks in the group: each distinct talk once, except under an owner, where it is that person's talk.</param>
/// <param name="Groups">The next dimension's groups inside this one, or none at the last.</param>
public sealed record ReportGroup(ReportDimension Dimension, string Key, int Count, IReadOnlyList<ReportGroup> Groups);

/// <summary>A talk found on more than one member's site (the <c>--dedupe</c> rule: same date, same title).</summary>
/// <param name="Title">The title as the first copy writes it.</param>
/// <param name="Date">The date, as written (or null).</param>
/// <param name="Owners">The people whose sites hold it, in name order.</param>
public sealed record SharedTalk(string Title, string? Date, IReadOnlyList<string> Owners);

/// <summary>
/// Talks of many members' sites counted for a department (<c>report --by</c>): a talk that appears on
/// several sites (the same talk given together) is one talk for the department — in
/// <see cref="Total"/> and in every group that is not an owner — and one talk for each person whose
/// site holds it. <see cref="Shared"/> lists those talks, so the report says which were counted once.
/// </summary>
public sealed record DepartmentReport
{
    /// <summary>The distinct talks (each shared talk once).</summary>
    public required int Total { get; init; }

    /// <summary>The talk records read (a shared talk once per site that holds it).</summary>
    public required int Records { get; init; }

    /// <summary>The sites the talks came from.</summary>
    public required int Sites { get; init; }

    /// <summary>The dimensions, outermost first.</summary>
    public required IReadOnlyList<ReportDimension> By { get; init; }

    /// <summary>The academic year's start used for <see cref="ReportDimension.AcademicYear"/>.</summary>
    public required AcademicYear AcademicYear { get; init; }

    /// <summary>The groups of the first dimension.</summary>
    public required IReadOnlyList<ReportGroup> Groups { get; init; }

    /// <summary>Talks held by more than one person's site.</summary>
    public required IReadOnlyList<SharedTalk> Shared { get; init; }

    /// <summary>The report of <paramref name="talks"/> (of any number of sites) by <paramref name="by"/>.</summary>
    public static DepartmentReport Of(IReadOnlyList<Talk> talks, IReadOnlyList<ReportDimension> by, AcademicYear academicYear)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(by);

        // A distinct talk and its copies, in source order so that the first copy is always the same one.
        var distinct = talks
            .OrderBy(t => t.Source.FullPath ?? t.Source.Path, StringComparer.Ordinal).ThenBy(t => t.Source.Line)
            .GroupBy(TalkQuery.DuplicateKey, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<Talk>)g.ToList())
            .ToList();
        var shared = distinct
            .Select(copies => (copies, owners: copies.Select(OwnerOf).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList()))
            .Where(x => x.owners.Count > 1)
            .Select(x => new SharedTalk(x.copies[0].Title, x.copies[0].Date?.ToString(), x.owners))
            .OrderBy(s => s.Date, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        return new DepartmentReport
        {
            Total = distinct.Count,
            Records = talks.Count,
            Sites = talks.Select(t => t.Site.RootPath ?? "").Distinct(StringComparer.Ordinal).Count(),
            By = by,
            AcademicYear = academicYear,
            Groups = GroupsOf(distinct, by, 0, academicYear),
            Shared = shared,
        };
    }

    /// <summary>
    /// The person a talk counts for: the owner of the site it is on, named as a person ("Lovelace,
    /// Ada" pinned in one site's talkexport.yml and "Ada Lovelace" in another's config are one person).
    /// </summary>
    public static string OwnerOf(Talk talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        return PersonNames.Parse(talk.Site.Owner)?.Name ?? "(no owner)";
    }

    private static List<ReportGroup> GroupsOf(List<IReadOnlyList<Talk>> items, IReadOnlyList<ReportDimension> by, int level, AcademicYear academicYear)
    {
        if (level >= by.Count)
        {
            return [];
        }

        var dimension = by[level];
        var groups = new Dictionary<string, List<IReadOnlyList<Talk>>>(dimension == ReportDimension.Owner ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var copies in items)
        {
            if (dimension == ReportDimension.Owner)
            {
                // Under an owner, the talk is that person's copies only.
                foreach (var mine in copies.GroupBy(OwnerOf, StringComparer.OrdinalIgnoreCase))
                {
                    Add(groups, mine.Key, mine.ToList());
                }

                continue;
            }

            foreach (var key in KeysOf(dimension, copies, academicYear))
            {
                Add(groups, key, copies);
            }
        }

        return Ordered(dimension, groups)
            .Select(g => new ReportGroup(dimension, g.Key, g.Value.Count, GroupsOf(g.Value, by, level + 1, academicYear)))
            .ToList();
    }

    private static void Add(Dictionary<string, List<IReadOnlyList<Talk>>> groups, string key, IReadOnlyList<Talk> copies)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(copies);
    }

    // The first copy speaks for the talk (the same one on every run); tags are those of all copies.
    private static IEnumerable<string> KeysOf(ReportDimension dimension, IReadOnlyList<Talk> copies, AcademicYear academicYear) => dimension switch
    {
        ReportDimension.Kind => [copies[0].Kind.Id()],
        ReportDimension.Year => [copies[0].Date?.Year.ToString("D4", CultureInfo.InvariantCulture) ?? "undated"],
        ReportDimension.AcademicYear => [academicYear.Of(copies[0].Date)],
        _ => copies.SelectMany(t => t.Tags).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).DefaultIfEmpty("(no tag)"),
    };

    // Kinds in their fixed order, years newest first (undated last), tags most used first, owners by name.
    private static IEnumerable<KeyValuePair<string, List<IReadOnlyList<Talk>>>> Ordered(ReportDimension dimension, Dictionary<string, List<IReadOnlyList<Talk>>> groups) => dimension switch
    {
        ReportDimension.Kind => groups.OrderBy(g => TalkKinds.TryParse(g.Key, out var k) ? (int)k : int.MaxValue),
        ReportDimension.Year or ReportDimension.AcademicYear => groups.OrderBy(g => g.Key == "undated" ? 1 : 0).ThenByDescending(g => g.Key, StringComparer.Ordinal),
        ReportDimension.Tag => groups.OrderBy(g => g.Key == "(no tag)" ? 1 : 0).ThenByDescending(g => g.Value.Count).ThenBy(g => g.Key, StringComparer.Ordinal),
        _ => groups.OrderBy(g => g.Key == "(no owner)" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal),
    };
}
