using TalkExport.Core.Model;

namespace TalkExport.Exporters.CvData;

/// <summary>Talks grouped by kind, as a CV lists them: keynotes first, plain talks last (the Word CV's order and headings).</summary>
public static class CvKindGroups
{
    /// <summary>The heading of a kind's group.</summary>
    public static string Heading(TalkKind kind) => kind switch
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

    /// <summary>The groups in CV order; each keeps the talks' given order.</summary>
    public static IReadOnlyList<IGrouping<TalkKind, CvTalk>> Of(IEnumerable<CvTalk> talks) =>
        [.. talks.GroupBy(t => t.Kind).OrderBy(g => Order(g.Key))];

    private static int Order(TalkKind kind) => kind switch
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
