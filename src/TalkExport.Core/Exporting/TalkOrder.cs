using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting;

/// <summary>
/// Orders of talks. The default is newest first; ties break by title (ordinal, ignoring case),
/// then by source path (ordinal), so the order never depends on the file order on disk.
/// </summary>
public static class TalkOrder
{
    /// <summary>Newest first (a talk without a date last), then title, then source path.</summary>
    public static IComparer<Talk> NewestFirst { get; } = Comparer<Talk>.Create((a, b) =>
    {
        var c = CompareDates(b.Date, a.Date);
        return c != 0 ? c : Tiebreak(a, b);
    });

    /// <summary>Oldest first (a talk without a date last), then title, then source path.</summary>
    public static IComparer<Talk> OldestFirst { get; } = Comparer<Talk>.Create((a, b) =>
    {
        var c = (a.Date, b.Date) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } x, { } y) => x.CompareTo(y),
        };
        return c != 0 ? c : Tiebreak(a, b);
    });

    /// <summary>By title, then date (oldest first), then source path.</summary>
    public static IComparer<Talk> ByTitle { get; } = Comparer<Talk>.Create((a, b) =>
    {
        var c = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Title, b.Title);
        }

        return c != 0 ? c : OldestFirst.Compare(a, b);
    });

    private static int CompareDates(TalkDate? newer, TalkDate? older) => (newer, older) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        ({ } x, { } y) => x.CompareTo(y),
    };

    private static int Tiebreak(Talk a, Talk b)
    {
        var c = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Title, b.Title);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Source.Path, b.Source.Path);
        }

        return c != 0 ? c : a.Source.Line.CompareTo(b.Source.Line);
    }
}
