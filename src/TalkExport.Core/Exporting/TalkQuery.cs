using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting;

/// <summary>
/// The query every verb shares: filter, dedupe, sort. Pure functions of the talks and the
/// options, so the result never depends on the order the files were found in.
/// </summary>
public static class TalkQuery
{
    /// <summary>Diagnostic code for a talk dropped by <c>--dedupe</c>.</summary>
    public const string DuplicateDroppedCode = "TE2101";

    /// <summary>Removes ignored tags, filters, dedupes and sorts; reports each dropped duplicate to <paramref name="report"/>.</summary>
    public static IReadOnlyList<Talk> Apply(IEnumerable<Talk> talks, TalkQueryOptions options, Action<Diagnostic>? report = null)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(options);
        var selected = talks.Select(t => RemoveTags(t, options.IgnoreTags)).Where(t => Matches(t, options)).ToList();
        if (options.Dedupe)
        {
            selected = Dedupe(selected, report).ToList();
        }

        selected.Sort(Comparer(options.Sort));
        return selected;
    }

    /// <summary>The comparer for a sort order.</summary>
    public static IComparer<Talk> Comparer(TalkSort sort) => sort switch
    {
        TalkSort.OldestFirst => TalkOrder.OldestFirst,
        TalkSort.Title => TalkOrder.ByTitle,
        _ => TalkOrder.NewestFirst,
    };

    /// <summary>True when <paramref name="talk"/> passes the filters of <paramref name="options"/> (ignoring dedupe).</summary>
    public static bool Matches(Talk talk, TalkQueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(options);
        if (talk.IsDraft && !options.IncludeDrafts)
        {
            return false;
        }

        if (options.Kinds.Count > 0 && !options.Kinds.Contains(talk.Kind))
        {
            return false;
        }

        if (options.Tags.Count > 0 && !talk.Tags.Any(t => options.Tags.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (options.From is null && options.To is null)
        {
            return true;
        }

        if (talk.Date is not { } start)
        {
            // A date range cannot hold a talk of unknown date.
            return false;
        }

        // A talk covers every day from the first day of its start to the last day of its end,
        // so "2019" matches --from 2019-06-01 and a multi-day event matches any of its days.
        var end = talk.EndDate ?? start;
        return (options.From is not { } from || LastDay(end) >= FirstDay(from))
            && (options.To is not { } to || FirstDay(start) <= LastDay(to));
    }

    /// <summary>Groups of duplicates (two or more talks each), each ordered by source path; groups ordered by their first path.</summary>
    public static IReadOnlyList<IReadOnlyList<Talk>> FindDuplicates(IEnumerable<Talk> talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        return talks
            .GroupBy(DuplicateKey, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<Talk>)g.OrderBy(t => t.Source.Path, StringComparer.Ordinal).ThenBy(t => t.Source.Line).ToList())
            .OrderBy(g => g[0].Source.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The identity of a talk for duplicate detection: its date as written plus its title
    /// lowercased with everything but letters and digits removed.
    /// </summary>
    public static string DuplicateKey(Talk talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        var sb = new StringBuilder(talk.Title.Length + 12);
        sb.Append(talk.Date?.ToString() ?? "-").Append('|');
        foreach (var c in talk.Title.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<Talk> Dedupe(IReadOnlyList<Talk> talks, Action<Diagnostic>? report)
    {
        var dropped = new HashSet<Talk>(ReferenceEqualityComparer.Instance);
        foreach (var group in FindDuplicates(talks))
        {
            var kept = group[0];
            foreach (var other in group.Skip(1))
            {
                dropped.Add(other);
                report?.Invoke(Diagnostic.Warning(
                    DuplicateDroppedCode,
                    other.Source.Path,
                    other.Source.Line,
                    1,
                    $"dropped by --dedupe: same date and title as {kept.Source.Shown}"));
            }
        }

        return talks.Where(t => !dropped.Contains(t));
    }

    private static Talk RemoveTags(Talk talk, IReadOnlyList<string> ignore)
    {
        if (ignore.Count == 0 || !talk.Tags.Any(t => ignore.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            return talk;
        }

        return talk with { Tags = talk.Tags.Where(t => !ignore.Contains(t, StringComparer.OrdinalIgnoreCase)).ToArray() };
    }

    private static DateOnly FirstDay(TalkDate d) => new(d.Year, d.Month ?? 1, d.Day ?? 1);

    private static DateOnly LastDay(TalkDate d)
    {
        var month = d.Month ?? 12;
        return new DateOnly(d.Year, month, d.Day ?? DateTime.DaysInMonth(d.Year, month));
    }
}
