namespace TalkExport.Exporters.Word.Mapping;

/// <summary>How an entry is written.</summary>
public enum CvStyle
{
    /// <summary>APA 7 conference presentation: <c>Mogren, O. (2020, November 5). *Title* [Seminar presentation]. Venue.</c></summary>
    Apa,

    /// <summary>Chicago author-date: <c>Mogren, Olof. 2020. “Title in Headline Case.” Seminar presented at Venue, November 5.</c></summary>
    Chicago,

    /// <summary>Compact CV line: <c>*Title.* Venue, Nov 2020.</c> (authors only when not just the owner).</summary>
    Cv,
}
