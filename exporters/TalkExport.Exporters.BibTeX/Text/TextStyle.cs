namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>Inline HTML emphasis kept in TeX.</summary>
[Flags]
internal enum TextStyle
{
    /// <summary>Plain.</summary>
    None = 0,

    /// <summary><c>&lt;i&gt;</c>/<c>&lt;em&gt;</c> → <c>\emph{}</c>.</summary>
    Emphasis = 1,

    /// <summary><c>&lt;b&gt;</c>/<c>&lt;strong&gt;</c> → <c>\textbf{}</c>.</summary>
    Bold = 2,
}
