using System.Buffers;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.BibTeX;

/// <summary>What <see cref="BibTeXMapping"/> tracks for one talk: its warnings, once each.</summary>
internal sealed class MappingContext(Talk talk, BibTeXOptions options)
{
    private static readonly SearchValues<char> KeyBreakers = SearchValues.Create(",{}()\"#%'=\\~");

    private List<Diagnostic>? _warnings;
    private bool _needsUnicodeEngine;
    private bool _droppedControls;

    public string Text(string? text, CaseProtection protection, bool html = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        CheckText(text);
        var escaped = BibTeXEscaper.Escape(text, protection, options.AsciiAccents, html, out var dropped);
        _droppedControls |= dropped;
        return escaped;
    }

    /// <summary>Records that a value lost control characters (warned once, by <see cref="Finish"/>).</summary>
    public void ControlsDropped(bool dropped) => _droppedControls |= dropped;

    /// <summary>Checks the names as <see cref="Person.Name"/> writes them (its separators are ASCII, so each part alone tells).</summary>
    public void CheckNames(IReadOnlyList<Person> people)
    {
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            if (person.Literal is { } literal)
            {
                CheckText(literal);
            }
            else
            {
                CheckText(person.Given);
                CheckText(person.Particle);
                CheckText(person.Family);
                CheckText(person.Suffix);
            }
        }
    }

    private void CheckText(string? text)
    {
        // pdflatex typesets everything up to U+017F: only the characters above need a look.
        var rest = text.AsSpan();
        for (var i = rest.IndexOfAnyExceptInRange('\0', '\u017F'); i >= 0 && !_needsUnicodeEngine; i = rest.IndexOfAnyExceptInRange('\0', '\u017F'))
        {
            _needsUnicodeEngine = !char.IsControl(rest[i]) && !TeXCharacters.PdfLaTeXCanTypeset(rest[i], options.AsciiAccents);
            rest = rest[(i + 1)..];
        }
    }

    public string Key()
    {
        var key = talk.Key.Length > 0 ? talk.Key : CitationKeys.Assign([talk], new CitationKeyOptions { Owner = options.Owner })[0].Key;
        if (key.Length > 0 && key.AsSpan().IndexOfAny(KeyBreakers) < 0 && !HasWhiteSpaceOrControl(key))
        {
            return key;
        }

        var natural = CitationKeys.NaturalKey(talk, options.Owner);
        Warn(BibTeXDiagnosticCodes.BadKey, $"the key '{key}' cannot be used in a .bib file; used '{natural}'.");
        return natural;
    }

    public void Warn(string code, string message) =>
        (_warnings ??= []).Add(Diagnostic.Warning(code, talk.Source.Path, talk.Source.Line, 1, message));

    public IReadOnlyList<Diagnostic> Finish()
    {
        if (_needsUnicodeEngine)
        {
            Warn(BibTeXDiagnosticCodes.NeedsUnicodeEngine, "the entry holds characters pdflatex cannot typeset (emoji, CJK, Arabic, …): kept as UTF-8; typeset with xelatex or lualatex.");
        }

        if (_droppedControls)
        {
            Warn(BibTeXDiagnosticCodes.ControlCharactersRemoved, "control characters were removed from the entry's values.");
        }

        return _warnings ?? (IReadOnlyList<Diagnostic>)[];
    }

    private static bool HasWhiteSpaceOrControl(string key)
    {
        foreach (var c in key)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
