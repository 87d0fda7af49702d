using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>The deterministic order of diagnostics: path, line, column, code, then message (all ordinal).</summary>
public static class DiagnosticOrder
{
    /// <summary>Compares two diagnostics in that order.</summary>
    public static int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(x.Path, y.Path);
        if (c == 0)
        {
            c = x.Line.CompareTo(y.Line);
        }

        if (c == 0)
        {
            c = x.Column.CompareTo(y.Column);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Code, y.Code);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
