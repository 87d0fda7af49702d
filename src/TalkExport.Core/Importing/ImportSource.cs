namespace TalkExport.Core.Importing;

/// <summary>One file to import, already read (UTF-8, a byte-order mark removed) and within <see cref="ImportLimits"/>.</summary>
/// <param name="Path">The path as the user gave it, '/'-separated: diagnostics and each talk's <see cref="Model.SourceLocation"/> name it.</param>
/// <param name="Text">The whole file's text.</param>
public sealed record ImportSource(string Path, string Text);
