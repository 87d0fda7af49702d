namespace TalkExport.Exporters.BibTeX.Reading;

/// <summary>
/// A small, forgiving reader of .bib files as other programs write them (ORCID's "Export works",
/// the citations ORCID stores, reference managers): <c>@type{key, name = value, …}</c> or with
/// parentheses, values in braces, quotes, digits or macros joined by <c>#</c>; <c>@string</c> macros
/// and the month macros are expanded; <c>@comment</c>, <c>@preamble</c> and text between entries are
/// skipped. Values are kept as TeX, without their outer delimiters. A backslash escapes the next
/// character (as ORCID's parser reads it), so <c>\{</c> does not open a group.
/// </summary>
public static class BibTeXFileReader
{
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Reads every entry of <paramref name="text"/>, in file order.</summary>
    /// <exception cref="BibTeXSyntaxException">An entry is cut off or malformed (with its line).</exception>
    public static IReadOnlyList<BibTeXFileEntry> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Scanner(text).ReadAll();
    }

    private sealed class Scanner(string text)
    {
        private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
        private int _pos;

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
                        var key = Key(close);
                        entries.Add(new BibTeXFileEntry(type.ToLowerInvariant(), key, Fields(at, close), LineOf(at)));
                        break;
                }
            }
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

                    value.Append(word.All(char.IsAsciiDigit) ? word : _macros.GetValueOrDefault(word, ""));
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
            var line = 1;
            for (var i = 0; i < position && i < text.Length; i++)
            {
                line += text[i] == '\n' ? 1 : 0;
            }

            return line;
        }

        private BibTeXSyntaxException Error(int position, string message) => new(LineOf(position), message);
    }
}
