using TalkExport.Core.Text;

namespace TalkExport.Exporters.Xlsx;

/// <summary>Text as a cell may hold it: what XML forbids removed, and at most Excel's 32,767 characters.</summary>
internal static class CellText
{
    public const int ExcelCellLimit = 32_767;

    public static string Clean(string text)
    {
        var clean = TextSanitizer.Clean(text);
        if (clean.Length <= ExcelCellLimit)
        {
            return clean;
        }

        var keep = ExcelCellLimit - 1;
        return string.Concat(clean.AsSpan(0, char.IsHighSurrogate(clean[keep - 1]) ? keep - 1 : keep), "…");
    }
}
