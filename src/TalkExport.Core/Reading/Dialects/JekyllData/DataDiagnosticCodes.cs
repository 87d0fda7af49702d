namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>Diagnostic codes of talk lists in Jekyll data files (TE113x, inside the reading range).</summary>
public static class DataDiagnosticCodes
{
    /// <summary>A data file the site's talks come from holds no talk item (warning).</summary>
    public const string NoTalkItems = "TE1130";

    /// <summary>A list item that is only a text (<c>- wjax, jug stuttgart</c>): no key says it is a talk, so it is not read as one (info).</summary>
    public const string BareText = "TE1131";

    /// <summary>An item marked <c>canceled</c> (or <c>cancelled</c>): not a talk given; skipped (info).</summary>
    public const string Canceled = "TE1132";
}
