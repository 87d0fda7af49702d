namespace TalkExport.Core.Editing;

/// <summary>Follows a YAML quoted scalar across lines (the way libyaml reads it, continuation lines at any column) to find where it closes.</summary>
internal sealed class QuoteScanner(char quote)
{
    private bool _escapePending;

    /// <summary>Scans <paramref name="line"/> from <paramref name="start"/>; returns the index of the closing quote, or -1 when the scalar goes on to the next line.</summary>
    public int Feed(string line, int start)
    {
        for (var i = start; i < line.Length; i++)
        {
            if (_escapePending)
            {
                _escapePending = false;
                continue;
            }

            var c = line[i];
            if (quote == '"' && c == '\\')
            {
                _escapePending = true;
            }
            else if (c == quote)
            {
                if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        // A backslash at the end of a line escapes the line break, not the next line's first character.
        _escapePending = false;
        return -1;
    }
}
