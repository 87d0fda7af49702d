namespace TalkExport.Exporters.BibTeX.Reading;

/// <summary>
/// A small, forgiving reader of .bib files as other programs write them (ORCID's "Export works",
/// the citations ORCID stores, reference managers): <c>@type{key, name = value, …}</c> or with
/// parentheses, values in braces, quotes, digits or macros joined by <c>#</c>; <c>@string</c> macros
/// and the month macros are expanded; <c>@comment</c>, <c>@preamble</c> and text between entries are
/// skipped. Values are kept as TeX, without their outer delimiters. A backslash escapes the next
/// character (as ORCID's parser reads it), so <c>\{</c> does not open a group.
/// </summary>
/// <remarks>
/// <see cref="Read"/> stops at the first malformed entry (for <c>--exclude</c>, where a half-read
/// record would let duplicates through); <see cref="ReadRecovering"/> (for <c>import</c>) notes the
/// error and goes on at the next line that starts with '@'. Macros expand to at most a budget of
/// characters (eight times the text, plus 1 MiB), so self-doubling <c>@string</c>s cannot fill memory.
/// </remarks>
public static class BibTeXFileReader
{
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Reads every entry of <paramref name="text"/>, in file order.</summary>
    /// <exception cref="BibTeXSyntaxException">An entry is cut off or malformed (with its line).</exception>
    public static IReadOnlyList<BibTeXFileEntry> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Scanner(text, null).ReadAll();
    }

    /// <summary>
    /// Reads every entry that can be read: a malformed one gives an error (at its '@' line) and the
    /// reading goes on at the next line that starts with '@' (white space before it allowed). In this
    /// mode a value that is still open at such a line is taken as unclosed, so one broken entry never
    /// swallows the entries after it.
    /// </summary>
    public static BibTeXFileReading ReadRecovering(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<BibTeXReadError>();
        var entries = new Scanner(text, errors).ReadAll();
        return new BibTeXFileReading(entries, errors);
    }

    private sealed class Scanner(string text, List<BibTeXReadError>? errors)
    {
        private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
        private readonly long _macroBudget = (8L * text.Length) + (1 << 20);
        private long _macroCharacters;
        private int _pos;

        // Where each line ends, found once (on the first LineOf), so that a line number costs a binary search.
        private List<int>? _newlines;

        private bool Recovering => errors is not null;

        public List<BibTeXFileEntry> ReadAll()
        {
            for (var m = 0; m < 12; m++)
            {
                _macros[Months[m][..3]] = Months[m];
            }

            var entries = new List<BibTeXFileEntry>();
            while (true)
            {
                var at = text.IndexOf('@', _pos);
                if (at < 0)
                {
                    return entries;
                }

                _pos = at + 1;
                SkipWhiteSpace();
                var type = Identifier();
                SkipWhiteSpace();
                if (type.Length == 0 || _pos >= text.Length || text[_pos] is not ('{' or '('))
                {
                    // An '@' in free text between entries (an e-mail address): bibtex skips it too.
                    continue;
                }

                var close = text[_pos] == '{' ? '}' : ')';
                _pos++;
                if (!Recovering)
                {
                    ReadEntry(entries, type, at, close);
                    continue;
                }

                try
                {
                    ReadEntry(entries, type, at, close);
                }
                catch (BibTeXSyntaxException e)
                {
                    errors!.Add(new BibTeXReadError(LineOf(at), e.Line, e.Message));
                    _pos = NextEntryLine(at + 1);
                }
            }
        }

        private void ReadEntry(List<BibTeXFileEntry> entries, string type, int at, char close)
        {
            switch (type.ToLowerInvariant())
            {
                case "comment" or "preamble":
                    SkipGroup(at, close);
                    break;
                case "string":
                    foreach (var (name, value) in Fields(at, close))
                    {
                        _macros[name] = value;
                    }

                    break;
                default:
                    var line = LineOf(at);
                    var key = Key(close);
                    var fields = Fields(at, close);
                    entries.Add(new BibTeXFileEntry(type.ToLowerInvariant(), key, fields, line) { Text = text[at.._pos] });
                    break;
            }
        }

        // The position of the next '@' that starts a line (after spaces or tabs) at or after `from`, or the end.
        private int NextEntryLine(int from)
        {
            for (var i = text.IndexOf('\n', from); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                if (EntryStartsAfter(i))
                {
                    return text.IndexOf('@', i);
                }
            }

            return text.Length;
        }

        // True when the line after the newline at `newline` starts with '@' (spaces or tabs before it).
        private bool EntryStartsAfter(int newline)
        {
            var j = newline + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r')
            {
                j++;
            }

            return j < text.Length && text[j] == '@';
        }

        private string Key(char close)
        {
            SkipWhiteSpace();
            var start = _pos;
            while (_pos < text.Length && text[_pos] is not (',' or '=' or '{') && text[_pos] != close && !char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }

            var key = text[start.._pos];
            SkipWhiteSpace();
            if (_pos < text.Length && text[_pos] is '=' or '{')
            {
                // No key: the entry starts with a field (ORCID's toBibtex writes a keyless entry so).
                _pos = start;
                return "";
            }

            if (_pos < text.Length && text[_pos] == ',')
            {
                _pos++;
            }

            return key;
        }

        // name = value pairs up to the entry's closing delimiter (a trailing comma is allowed).
        private Dictionary<string, string> Fields(int entryStart, char close)
        {
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while (true)
            {
                SkipWhiteSpace();
                if (_pos >= text.Length)
                {
                    throw Error(entryStart, "the entry that starts here is not closed");
                }

                if (text[_pos] == close)
                {
                    _pos++;
                    return fields;
                }

                var name = Identifier();
                if (name.Length == 0)
                {
                    throw Error(_pos, $"a field name was expected, found '{text[_pos]}'");
                }

                SkipWhiteSpace();
                if (_pos >= text.Length || text[_pos] != '=')
                {
                    throw Error(_pos, $"'=' was expected after the field name '{name}'");
                }

                _pos++;
                fields[name] = Value(entryStart);
                SkipWhiteSpace();
                if (_pos < text.Length && text[_pos] == ',')
                {
                    _pos++;
                }
                else if (_pos < text.Length && text[_pos] != close)
                {
                    throw Error(_pos, $"',' or the end of the entry was expected after the field '{name}'");
                }
            }
        }

        // Pieces joined by '#': {…}, "…", digits or a macro.
        private string Value(int entryStart)
        {
            var value = new System.Text.StringBuilder();
            while (true)
            {
                SkipWhiteSpace();
                if (_pos >= text.Length)
                {
                    throw Error(entryStart, "the entry that starts here is not closed");
                }

                var c = text[_pos];
                if (c is '{' or '"')
                {
                    value.Append(Delimited(c == '{' ? '}' : '"'));
                }
                else
                {
                    var word = Identifier();
                    if (word.Length == 0)
                    {
                        throw Error(_pos, $"a value was expected, found '{c}'");
                    }

                    var expanded = word.All(char.IsAsciiDigit) ? word : _macros.GetValueOrDefault(word, "");
                    _macroCharacters += expanded.Length;
                    if (_macroCharacters > _macroBudget)
                    {
                        throw Error(_pos, "the @string macros expand to more text than the file could hold (a macro doubling itself?)");
                    }

                    value.Append(expanded);
                }

                SkipWhiteSpace();
                if (_pos < text.Length && text[_pos] == '#')
                {
                    _pos++;
                    continue;
                }

                return value.ToString();
            }
        }

        // The text up to the delimiter that closes at brace depth 0 (the opening one is at _pos).
        private string Delimited(char close)
        {
            var start = _pos;
            _pos++;
            var depth = 0;
            for (; _pos < text.Length; _pos++)
            {
                var c = text[_pos];
                if (c == '\\')
                {
                    _pos++;
                }
                else if (c == '\n' && Recovering && EntryStartsAfter(_pos))
                {
                    throw Error(start, $"this value is not closed before the entry at line {LineOf(NextEntryLine(_pos))}");
                }
                else if (c == close && depth == 0)
                {
                    _pos++;
                    return text[(start + 1)..(_pos - 1)];
                }
                else if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    depth--;
                    if (depth < 0)
                    {
                        throw Error(_pos, "a '}' closes more braces than were opened in this value");
                    }
                }
            }

            throw Error(start, "this value is not closed (unbalanced braces or quotes)");
        }

        private void SkipGroup(int entryStart, char close)
        {
            var depth = 0;
            for (; _pos < text.Length; _pos++)
            {
                var c = text[_pos];
                if (c == close && depth == 0)
                {
                    _pos++;
                    return;
                }

                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }

            throw Error(entryStart, "the entry that starts here is not closed");
        }

        // Entry types, field names and macros: anything up to white space or a delimiter.
        private string Identifier()
        {
            var start = _pos;
            while (_pos < text.Length && !char.IsWhiteSpace(text[_pos]) && text[_pos] is not ('{' or '}' or '(' or ')' or ',' or '=' or '#' or '"' or '@' or '%'))
            {
                _pos++;
            }

            return text[start.._pos];
        }

        private void SkipWhiteSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }

        private int LineOf(int position)
        {
            if (_newlines is null)
            {
                _newlines = [];
                for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
                {
                    _newlines.Add(i);
                }
            }

            // The number of newlines before the position, plus one.
            var found = _newlines.BinarySearch(position);
            return (found >= 0 ? found : ~found) + 1;
        }

        private BibTeXSyntaxException Error(int position, string message) => new(LineOf(position), message);
    }
}
