namespace TalkExport.Exporters.BibTeX.Reading;

/// <summary>What <see cref="BibTeXFileReader.ReadRecovering"/> read: the entries it could read and an error for each it could not.</summary>
/// <param name="Entries">The entries read, in file order.</param>
/// <param name="Errors">The malformed entries, in file order.</param>
public sealed record BibTeXFileReading(IReadOnlyList<BibTeXFileEntry> Entries, IReadOnlyList<BibTeXReadError> Errors);

/// <summary>An entry that could not be read.</summary>
/// <param name="EntryLine">The 1-based line of the entry's '@'.</param>
/// <param name="Line">The 1-based line of the problem itself (where a value or the entry opens, or the unexpected character).</param>
/// <param name="Message">Why, in plain words.</param>
public sealed record BibTeXReadError(int EntryLine, int Line, string Message);
