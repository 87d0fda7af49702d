namespace TalkExport.Exporters.Word;

/// <summary>Diagnostic codes of the Word exporter (TE6xxx).</summary>
public static class WordDiagnosticCodes
{
    /// <summary>A link that is not an absolute http, https or mailto address was left out of the document.</summary>
    public const string LinkLeftOut = "TE6001";

    /// <summary>Control characters (or others XML 1.0 forbids) were removed from a talk's text.</summary>
    public const string CharactersRemoved = "TE6002";
}
