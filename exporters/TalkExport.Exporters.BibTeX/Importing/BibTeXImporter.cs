using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX.Reading;

namespace TalkExport.Exporters.BibTeX.Importing;

/// <summary>
/// The <c>bibtex</c> importer: the talks of a .bib file, BibTeX or biblatex, as our <c>bibtex</c>
/// exporter writes them (both dialects) and as talk lists and reference managers do. Entries are
/// read by <see cref="BibTeXFileReader.ReadRecovering"/> (a malformed entry is an error at its line;
/// the entries after it are still read), mapped by <see cref="BibTeXEntryImport"/>, their text TeX
/// decoded to Unicode (<see cref="TeXText"/>); each talk keeps its entry's own text in
/// <see cref="Talk.BibTeX"/>.
/// </summary>
public sealed class BibTeXImporter : ITalkImporter
{
    /// <inheritdoc/>
    public string Id => "bibtex";

    /// <inheritdoc/>
    public string Description => "BibTeX/biblatex (.bib): @misc, @unpublished, @inproceedings, @conference, @lecture, @presentation, @talk, @speech entries (in a file named for talks, such as talks.bib, every entry); other types are counted as not talks.";

    /// <inheritdoc/>
    public bool Recognises(string path, ReadOnlySpan<char> head)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SourceShape.HasExtension(path, ".bib", ".bibtex");
    }

    /// <inheritdoc/>
    public ImportBatch Read(ImportSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var batch = new ImportBatch();
        var reading = BibTeXFileReader.ReadRecovering(source.Text);
        var talkFile = DescribedTalk.IsTalkFile(source.Path);
        var errors = 0;
        string? lostNote = null;
        var lostNoteLine = 0;
        foreach (var entry in reading.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Errors of the reader and of the mapping, in file order.
            while (errors < reading.Errors.Count && reading.Errors[errors].EntryLine <= entry.Line)
            {
                AddReadError(batch, source.Path, reading.Errors[errors++]);
            }

            switch (BibTeXEntryImport.Map(entry, source.Path, talkFile, out var talk, out var problem, out var note))
            {
                case BibTeXEntryImport.Outcome.Talk:
                    batch.Talks.Add(talk!);
                    if (note is not null && lostNote is null)
                    {
                        (lostNote, lostNoteLine) = (note, entry.Line);
                    }

                    break;
                case BibTeXEntryImport.Outcome.NotTalk:
                    batch.NotTalks++;
                    break;
                default:
                    batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, source.Path, entry.Line, 1, problem + "."));
                    break;
            }
        }

        while (errors < reading.Errors.Count)
        {
            AddReadError(batch, source.Path, reading.Errors[errors++]);
        }

        if (lostNote is not null)
        {
            // Once per file: a talk record has no field for free notes.
            batch.Diagnostics.Add(Diagnostic.Warning(ImportDiagnosticCodes.FieldLost, source.Path, lostNoteLine, 1,
                $"note/addendum text other than labelled links is not imported (a talk record has no field for it), e.g. '{Shorten(lostNote)}'."));
        }

        return batch;
    }

    private static void AddReadError(ImportBatch batch, string path, BibTeXReadError error) =>
        batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, error.EntryLine, 1,
            error.Line == error.EntryLine ? $"the entry cannot be read: {error.Message}." : $"the entry cannot be read: {error.Message} (line {error.Line})."));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
