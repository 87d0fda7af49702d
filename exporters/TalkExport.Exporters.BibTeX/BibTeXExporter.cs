using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.BibTeX;

/// <summary>
/// The <c>bibtex</c> exporter: one entry per talk, as portable BibTeX (<c>@misc</c>) or biblatex
/// (<c>@unpublished</c> with event fields). Also the one-entry API that <c>fill-bibtex</c> and
/// the ORCID citation use (<see cref="FormatEntry(Talk, BibTeXOptions)"/>).
/// </summary>
public sealed class BibTeXExporter : ITalkExporter
{
    /// <summary>Option name: <c>bibtex</c> or <c>biblatex</c>.</summary>
    public const string DialectOption = "dialect";

    /// <summary>Option name: tags left out of <c>keywords</c>.</summary>
    public const string IgnoreTagsOption = "ignore-tags";

    /// <summary>Option name: keep UTF-8 letters in the <c>bibtex</c> dialect.</summary>
    public const string KeepUtf8Option = "keep-utf8";

    /// <summary>Option name: the citation key pattern.</summary>
    public const string KeyPatternOption = "key-pattern";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc/>
    public string Id => "bibtex";

    /// <inheritdoc/>
    public string DisplayName => "BibTeX / biblatex";

    /// <inheritdoc/>
    public string Extension => ".bib";

    /// <inheritdoc/>
    public string Description => "BibTeX (@misc, portable) or biblatex (@unpublished with event fields) entries.";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } =
    [
        new(DialectOption, "bibtex: portable @misc for any style; biblatex: @unpublished with eventtitle, eventdate, venue (needs biber).")
        {
            AllowedValues = ["bibtex", "biblatex"],
            DefaultValue = "bibtex",
        },
        new(IgnoreTagsOption, "Tags left out of keywords (site markers).", ExporterOptionKind.List) { DefaultValue = "default" },
        new(KeepUtf8Option, "In the bibtex dialect, write accented letters as UTF-8 instead of {\\\"o} (bibtex 0.99d sorts UTF-8 by bytes).", ExporterOptionKind.Flag),
        new(KeyPatternOption, "Citation key pattern from {family} {given} {year} {word} {words} and a-z 0-9 _ : . - (regenerates all keys).")
        {
            DefaultValue = CitationKeyOptions.DefaultPattern,
        },
    ];

    /// <summary>One entry as text, without a trailing newline (for <c>fill-bibtex</c> and ORCID citations).</summary>
    public static string FormatEntry(Talk talk, BibTeXOptions options) => FormatEntry(talk, options, null);

    /// <summary>One entry as text, without a trailing newline; warnings go to <paramref name="report"/>.</summary>
    public static string FormatEntry(Talk talk, BibTeXOptions options, Action<Diagnostic>? report)
    {
        var entry = BibTeXMapping.Map(talk, options);
        foreach (var warning in entry.Warnings)
        {
            report?.Invoke(warning);
        }

        return BibTeXSerializer.Write(entry);
    }

    /// <inheritdoc/>
    public bool UsesAbstracts => false;

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var options = BibTeXOptions.FromSettings(context.Settings, context.Site);
        var keyed = AssignKeys(talks, context);

        // Entries are independent: map them on every core, each into its own slot, then report
        // warnings and write in talk order, so the output never depends on thread timing. The
        // layout is cheap: it goes straight into the writer, without a string per entry.
        var entries = new BibTeXEntry[keyed.Count];
        var parallel = new ParallelOptions { CancellationToken = context.CancellationToken };
        Parallel.For(0, keyed.Count, parallel, i => entries[i] = BibTeXMapping.Map(keyed[i], options));
        foreach (var entry in entries)
        {
            for (var w = 0; w < entry.Warnings.Count; w++)
            {
                context.Report(entry.Warnings[w]);
            }
        }

        try
        {
            using var stream = target.Open();
            using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true);

            // As BibTeXSerializer.WriteAll lays them out: one blank line between entries, a final newline.
            for (var i = 0; i < entries.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write('\n');
                }

                BibTeXSerializer.Write(writer, entries[i]);
                writer.Write('\n');
            }
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }

    private static IReadOnlyList<Talk> AssignKeys(IReadOnlyList<Talk> talks, ExportContext context)
    {
        var pattern = context.Settings.GetString(KeyPatternOption);
        if (pattern is null)
        {
            return CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = context.Site.Owner });
        }

        try
        {
            var cleared = talks.Select(t => t with { Key = "" }).ToArray();
            return CitationKeys.Assign(cleared, new CitationKeyOptions { Owner = context.Site.Owner, Pattern = pattern });
        }
        catch (ArgumentException e)
        {
            throw new TalkExportException(FailureKind.Usage, $"--{KeyPatternOption}: {e.Message}");
        }
    }
}
