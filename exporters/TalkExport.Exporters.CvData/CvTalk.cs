using TalkExport.Core.Model;

namespace TalkExport.Exporters.CvData;

/// <summary>
/// One talk as CV data files show it, built once from the <see cref="Talk"/> by <see cref="CvTalkMapping"/>;
/// the RenderCV and JSON Resume writers only lay it out.
/// </summary>
public sealed record CvTalk
{
    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The kind, for grouping.</summary>
    public TalkKind Kind { get; init; }

    /// <summary>"Invited talk", "Keynote", …; null for a talk of no more specific kind.</summary>
    public string? KindLabel { get; init; }

    /// <summary>The date (or first day).</summary>
    public TalkDate? Date { get; init; }

    /// <summary>The last day of a multi-day event (after <see cref="Date"/>), or null.</summary>
    public TalkDate? EndDate { get; init; }

    /// <summary>The date in words ("3–5 Jun 2019"), or null.</summary>
    public string? DateText { get; init; }

    /// <summary>The event, with the hosting institution when the record names one apart from the event.</summary>
    public string? Event { get; init; }

    /// <summary>Where it happened.</summary>
    public string? Place { get; init; }

    /// <summary>Every speaker, in order, when the talk was not the owner's alone; empty otherwise.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];

    /// <summary>The talk's own page, else its first other link: what a title links to.</summary>
    public string? Url { get; init; }

    /// <summary>Slides, video, code and event links (absolute addresses only).</summary>
    public IReadOnlyList<CvLink> Links { get; init; } = [];
}
