namespace TalkExport.Core.Reading.Sites;

/// <summary>Splits the front matter off a small site file (author profiles), without the record reader's machinery.</summary>
internal static class FrontMatterSplitter
{
    /// <summary>The front matter text and whether it is TOML, or null when the file has none.</summary>
    public static (string Text, bool IsToml)? Split(string text)
    {
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var lines = text.Split('\n');
        var i = 0;
        while (i < lines.Length && lines[i].Trim().Length == 0)
        {
            i++;
        }

        if (i >= lines.Length || lines[i].TrimEnd() is not ("---" or "+++"))
        {
            return null;
        }

        var fence = lines[i].TrimEnd();
        for (var j = i + 1; j < lines.Length; j++)
        {
            if (lines[j].TrimEnd() == fence)
            {
                return (string.Join('\n', lines[(i + 1)..j]), fence == "+++");
            }
        }

        return null;
    }
}
