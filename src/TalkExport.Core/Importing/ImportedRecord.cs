using TalkExport.Core.Model;

namespace TalkExport.Core.Importing;

/// <summary>One talk of the sources and what <see cref="SiteImport"/> did with it.</summary>
/// <param name="Talk">The talk as imported.</param>
/// <param name="Status">What became of it.</param>
/// <param name="Path">The record's path below the site root, '/'-separated, when written or planned.</param>
/// <param name="Text">The record's text, when written or planned.</param>
/// <param name="Diagnostic">Why it was not written, for every status but Created and WouldCreate.</param>
public sealed record ImportedRecord(Talk Talk, ImportStatus Status, string? Path, string? Text, Diagnostic? Diagnostic);
