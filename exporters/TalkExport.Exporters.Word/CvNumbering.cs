namespace TalkExport.Exporters.Word;

/// <summary>How list entries are marked.</summary>
public enum CvNumbering
{
    /// <summary>A bulleted Word list.</summary>
    Bullets,

    /// <summary>A numbered Word list, 1 … n, continuous across groups.</summary>
    Numbered,

    /// <summary>n … 1 (newest gets the highest number) as plain numbers: Word lists cannot count down.</summary>
    ReverseNumbered,
}
