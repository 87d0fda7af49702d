using DocumentFormat.OpenXml.Packaging;
using TalkExport.Core.Exporting;
using TalkExport.Core.Files;
using TalkExport.Core.Model;
using TalkExport.Exporters.Word.Layout;
using TalkExport.Exporters.Word.Mapping;
using TalkExport.Exporters.Word.OpenXml;

namespace TalkExport.Exporters.Word;

/// <summary>
/// Talks as a Word CV section: a new .docx with a heading, group sub-headings and a real Word
/// list, or (<c>--into</c>) the list replaced inside an existing CV, leaving the rest untouched.
/// </summary>
public sealed class DocxCvExporter : ITalkExporter
{
    /// <inheritdoc/>
    public string Id => "docx";

    /// <inheritdoc/>
    public string DisplayName => "Word CV section (.docx)";

    /// <inheritdoc/>
    public string Extension => ".docx";

    /// <inheritdoc/>
    public string Description => "Talks as a Word list in APA, Chicago or compact CV style; or updated inside an existing CV (--into).";

    /// <inheritdoc/>
    public bool IsBinary => true;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } =
    [
        new("style", "Entry style.") { AllowedValues = ["apa", "chicago", "cv"], DefaultValue = "apa" },
        new("group-by", "Sub-headings by year (newest first), by kind, or none.") { AllowedValues = ["year", "kind", "none"], DefaultValue = "year" },
        new("numbered", "Number the entries 1, 2, … (a Word list, continuous across groups).", ExporterOptionKind.Flag),
        new("reverse-numbered", "Number the entries n … 1, newest highest (plain numbers).", ExporterOptionKind.Flag),
        new("highlight", "A name to set in bold in author lists (repeatable; default: the site owner). Variants such as \"Mogren, O.\" match.", ExporterOptionKind.List),
        new("heading", "The Heading 1 text (default \"Talks\"; with --into none unless given).") { DefaultValue = "Talks" },
        new("page", "Page size of a new document.") { AllowedValues = ["a4", "letter"], DefaultValue = "a4" },
        new("into", "An existing CV (.docx) whose marked place receives the list; the CV is replaced atomically.") { NamesDocumentToUpdate = true },
        new("report", "Write a report section instead of the list: a heading, talks per person and kind (with totals) and a chart of talks per year by kind.", ExporterOptionKind.Flag),
        new("control-tag", "Tag of the content control (or name of the bookmark) that marks the place in the CV.") { DefaultValue = DocxCvOptions.DefaultControlTag },
        new("create-control-after-heading", "With --into: when no place is marked, add the control after the heading with this text."),
    ];

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var options = DocxCvOptions.From(context.Settings, context.Site);
        var mapping = new CvEntryMapping(options.Style, new OwnerNames(options.Highlight), context.Site.Owner);
        var groups = CvSectionBuilder.Build(talks, options.Grouping, mapping);
        ReportProblems(talks, context);

        // Everything is built in memory first: on any error nothing has been written.
        if (context.Settings.GetFlag("report") && options.Into is not null)
        {
            throw new TalkExportException(FailureKind.Usage, "--report writes a new document; it does not go --into a CV.");
        }

        var bytes = context.Settings.GetFlag("report") ? DocxDocumentFactory.CreateReport(talks, options)
            : options.Into is { } into ? DocxCvUpdater.Update(ReadCv(into), into, groups, options)
            : DocxDocumentFactory.Create(groups, options);
        try
        {
            using var stream = target.Open();
            stream.Write(bytes);
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"{target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }

    // A CV with images is a few megabytes; far above that is not a CV (and is read whole into memory).
    private const long MaxCvBytes = 256 * 1024 * 1024;

    private static byte[] ReadCv(string path)
    {
        var bytes = SafeFile.ReadAllBytes(path, FileTrust.User, MaxCvBytes, out var problem)
            ?? throw new TalkExportException(FailureKind.Usage, $"{path}: cannot read the CV: {problem}", path);

        CvPackageCheck.Check(bytes, path);

        // The package and its relationships are checked here; the document itself is parsed once,
        // by the updater (parsing it here too cost seconds on a CV with thousands of talks).
        try
        {
            using var probe = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            _ = probe.MainDocumentPart;
        }
        catch (Exception e) when (DocxCvUpdater.IsUnreadable(e))
        {
            throw DocxCvUpdater.NotReadable(path, e);
        }

        return bytes;
    }

    private static void ReportProblems(IReadOnlyList<Talk> talks, ExportContext context)
    {
        foreach (var talk in talks.Order(TalkOrder.NewestFirst))
        {
            foreach (var link in CvLinks.Of(talk.Links).Dropped)
            {
                context.Report(Diagnostic.Warning(WordDiagnosticCodes.LinkLeftOut, talk.Source.Path, talk.Source.Line, 0,
                    $"{link.Label} link '{XmlText.Clean(link.Address)}' is not an absolute http, https or mailto address; left out of the document (set the site URL or --base-url)."));
            }

            var texts = new[] { talk.Title, talk.Venue, talk.Institution, talk.Location }.Concat(talk.Authors.Select(a => a.Name));
            if (texts.Any(t => t is not null && XmlText.NeedsCleaning(t)))
            {
                context.Report(Diagnostic.Warning(WordDiagnosticCodes.CharactersRemoved, talk.Source.Path, talk.Source.Line, 0,
                    "control characters in the title, authors, venue or location were removed from the document."));
            }
        }
    }
}
