using TalkExport.Core.Model;

namespace TalkExport.Exporters.CvData;

/// <summary>Talks grouped by kind, as a CV lists them: the order and headings every CV format shares (<see cref="TalkKinds.CvOrder"/>).</summary>
public static class CvKindGroups
{
    /// <summary>The heading of a kind's group.</summary>
    public static string Heading(TalkKind kind) => kind.CvHeading();

    /// <summary>The groups in CV order; each keeps the talks' given order.</summary>
    public static IReadOnlyList<IGrouping<TalkKind, CvTalk>> Of(IEnumerable<CvTalk> talks) =>
        [.. talks.GroupBy(t => t.Kind).OrderBy(g => g.Key.CvOrder())];
}
