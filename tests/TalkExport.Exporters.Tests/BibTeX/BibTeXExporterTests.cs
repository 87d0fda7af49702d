using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX;

namespace TalkExport.Exporters.Tests.BibTeX;

public sealed class BibTeXExporterTests
{
    private static string Export(IReadOnlyList<Talk> talks, ExporterSettings? settings = null, List<Diagnostic>? report = null)
    {
        using var target = new MemoryOutputTarget();
        var context = new ExportContext { Settings = settings ?? ExporterSettings.Empty, Site = BibTeXFixtures.SiteInfo, Report = d => report?.Add(d) };
        new BibTeXExporter().Export(talks, context, target);
        Assert.False(target.Bytes.AsSpan().StartsWith("\uFEFF"u8), "no BOM");
        return target.Text;
    }

    [Fact]
    public void Metadata_IdExtensionOptions_AsTheCommandLineNeeds()
    {
        var exporter = new BibTeXExporter();

        Assert.Equal(("bibtex", ".bib", false), (exporter.Id, exporter.Extension, exporter.IsBinary));
        Assert.Equal(["dialect", "ignore-tags", "keep-utf8", "key-pattern", "exclude"], exporter.Options.Select(o => o.Name));
        Assert.Equal(["bibtex", "biblatex", "orcid"], exporter.Options[0].AllowedValues);
    }

    [Fact]
    public void Export_NoTalks_EmptyFile() => Assert.Equal("", Export([]));

    [Fact]
    public void Export_Talks_EntriesSeparatedByOneBlankLineEndingInNewline()
    {
        var bib = Export(BibTeXFixtures.Realistic());

        Assert.Equal(30, bib.Split("\n\n@", StringSplitOptions.None).Length);
        Assert.EndsWith("}\n", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", bib, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)%", string.Join('\n', bib.Split('\n').Where(l => !l.StartsWith("  url ", StringComparison.Ordinal))));
    }

    [Fact]
    public void Export_ShuffledInput_SameKeysAndEntries()
    {
        var talks = BibTeXFixtures.Realistic();
        var entries = Export(talks).Split("\n\n").Select(e => e.TrimEnd('\n')).Order(StringComparer.Ordinal);
        var shuffled = Export(talks.Reverse().ToArray()).Split("\n\n").Select(e => e.TrimEnd('\n')).Order(StringComparer.Ordinal);

        Assert.Equal(entries, shuffled);
    }

    [Fact]
    public void Export_TwoRuns_SameBytes() => Assert.Equal(Export(BibTeXFixtures.Realistic()), Export(BibTeXFixtures.Realistic()));

    [Fact]
    public void Export_BadDialect_UsageFailure()
    {
        var e = Assert.Throws<TalkExportException>(() => Export([], ExporterSettings.Empty.With("dialect", "ris")));
        Assert.Equal(FailureKind.Usage, e.Kind);
    }

    [Fact]
    public void Export_KeyPattern_RegeneratesKeys()
    {
        var talks = BibTeXFixtures.Realistic().Select((t, i) => t with { Key = "k" + i }).ToArray();
        var bib = Export(talks, ExporterSettings.Empty.With("key-pattern", "{family}:{year}:{words}"));

        Assert.Contains("@misc{sjoberg:2020:uncertaintydeeplearning,", bib, StringComparison.Ordinal);
        Assert.Throws<TalkExportException>(() => Export(talks, ExporterSettings.Empty.With("key-pattern", "{nope}")));
    }

    [Fact]
    public void Export_Warnings_GoToReport()
    {
        var report = new List<Diagnostic>();
        Export(BibTeXHostileFixtures.Latin(), report: report);
        Assert.Contains(report, d => d.Code == BibTeXDiagnosticCodes.LinkLeftOut && d.Path == "hostile/08.md");
    }

    [Fact]
    public void Export_IgnoreTagsEmpty_KeepsDefaultTag() =>
        Assert.Contains("keywords     = {default, machine learning}", Export(BibTeXFixtures.Realistic(), ExporterSettings.Empty.With("ignore-tags")), StringComparison.Ordinal);

    [Fact]
    public void FormatEntry_NoTrailingNewline() =>
        Assert.EndsWith("}", BibTeXExporter.FormatEntry(BibTeXFixtures.Realistic()[0], BibTeXOptions.Default), StringComparison.Ordinal);
}
