namespace TalkExport.Core.Model;

/// <summary>Ids and labels of <see cref="TalkKind"/> values.</summary>
public static class TalkKinds
{
    /// <summary>All kinds, in the order of the enum.</summary>
    public static IReadOnlyList<TalkKind> All { get; } = Enum.GetValues<TalkKind>();

    /// <summary>The stable lowercase id: "talk", "invited", "keynote", …</summary>
    public static string Id(this TalkKind kind) => kind switch
    {
        TalkKind.Talk => "talk",
        TalkKind.Invited => "invited",
        TalkKind.Keynote => "keynote",
        TalkKind.Contributed => "contributed",
        TalkKind.Seminar => "seminar",
        TalkKind.Lecture => "lecture",
        TalkKind.Tutorial => "tutorial",
        TalkKind.Poster => "poster",
        TalkKind.Panel => "panel",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The English label used by citation formats: "Invited talk", "Seminar", …</summary>
    public static string Label(this TalkKind kind) => kind switch
    {
        TalkKind.Talk => "Talk",
        TalkKind.Invited => "Invited talk",
        TalkKind.Keynote => "Keynote",
        TalkKind.Contributed => "Contributed talk",
        TalkKind.Seminar => "Seminar",
        TalkKind.Lecture => "Lecture",
        TalkKind.Tutorial => "Tutorial",
        TalkKind.Poster => "Poster",
        TalkKind.Panel => "Panel",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses an id (case-insensitive).</summary>
    public static bool TryParse(string? id, out TalkKind kind)
    {
        foreach (var k in All)
        {
            if (string.Equals(k.Id(), id?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = TalkKind.Talk;
        return false;
    }

    /// <summary>The heading a CV gives a kind's group ("Invited talks"); every CV format uses it.</summary>
    public static string CvHeading(this TalkKind kind) => kind switch
    {
        TalkKind.Keynote => "Keynotes",
        TalkKind.Invited => "Invited talks",
        TalkKind.Contributed => "Contributed talks",
        TalkKind.Seminar => "Seminars",
        TalkKind.Lecture => "Lectures",
        TalkKind.Tutorial => "Tutorials",
        TalkKind.Poster => "Posters",
        TalkKind.Panel => "Panels",
        _ => "Other talks",
    };

    /// <summary>Where a kind's group stands in a CV: from the most to the least distinguished, plain talks last.</summary>
    public static int CvOrder(this TalkKind kind) => kind switch
    {
        TalkKind.Keynote => 0,
        TalkKind.Invited => 1,
        TalkKind.Contributed => 2,
        TalkKind.Seminar => 3,
        TalkKind.Lecture => 4,
        TalkKind.Tutorial => 5,
        TalkKind.Poster => 6,
        TalkKind.Panel => 7,
        _ => 8,
    };
}
