namespace TalkExport.Cli;

/// <summary>The process exit codes scripts rely on (documented in the README). When several apply, the highest wins.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Usage error: a bad option, an unknown format, a PATH that does not exist.</summary>
    public const int Usage = 1;

    /// <summary>Some records could not be read or are invalid; output was still written for the rest.</summary>
    public const int InvalidRecords = 2;

    /// <summary>No candidate record file was found at all.</summary>
    public const int NoRecords = 3;

    /// <summary>An output or I/O error; nothing partial is left behind.</summary>
    public const int OutputError = 4;

    /// <summary><c>fill-bibtex --check</c>: some records would change.</summary>
    public const int WouldChange = 5;
}
