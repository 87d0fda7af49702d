namespace TalkExport.Exporters.CvData;

/// <summary>The RenderCV entry type the talks are written as (RenderCV's own names).</summary>
public enum RenderCvEntryType
{
    /// <summary><c>BulletEntry</c>: one Markdown line per talk; shown by RenderCV and by al-folio under any section title.</summary>
    Bullet,

    /// <summary><c>OneLineEntry</c>: <c>label</c> (the date) and <c>details</c>; shown by both too, as plain text in al-folio.</summary>
    OneLine,

    /// <summary><c>NormalEntry</c>: name, dates, location, summary, highlights; RenderCV's richest, but al-folio shows it only under titles it knows.</summary>
    Normal,
}
