namespace TalkExport.Exporters.BibTeX.Reading;

/// <summary>A .bib file that cannot be read: where (<see cref="Line"/>) and why.</summary>
public sealed class BibTeXSyntaxException : FormatException
{
    /// <summary>Creates the exception for <paramref name="line"/>.</summary>
    public BibTeXSyntaxException(int line, string message)
        : base(message)
    {
        Line = line;
    }

    /// <summary>Creates the exception (line unknown).</summary>
    public BibTeXSyntaxException()
    {
    }

    /// <summary>Creates the exception (line unknown).</summary>
    public BibTeXSyntaxException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception (line unknown).</summary>
    public BibTeXSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The 1-based line of the problem (0 when unknown).</summary>
    public int Line { get; }
}
