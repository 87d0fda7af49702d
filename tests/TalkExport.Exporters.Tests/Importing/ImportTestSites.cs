using TalkExport.Core.Exporting;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Exporters.Tests.Importing;

/// <summary>Reading corpus sites as the exporters get them, and comparing imported talks with the originals.</summary>
internal static class ImportTestSites
{
    /// <summary>A site's talks, newest first and keyed, as the CLI hands them to an exporter.</summary>
    public static (IReadOnlyList<Talk> Talks, SiteInfo Site) Read(string path)
    {
        var result = new TalkReader(new ReaderOptions()).Read([path], TestContext.Current.CancellationToken);
        var sorted = result.Talks.Order(TalkOrder.NewestFirst).ToArray();
        return (CitationKeys.Assign(sorted, new CitationKeyOptions { Owner = result.Site.Owner }), result.Site);
    }

    /// <summary>The people an exporter names for a talk: its authors, else the site's owner.</summary>
    public static IReadOnlyList<Person> Speakers(Talk talk, SiteInfo site) =>
        talk.Authors.Count > 0 ? talk.Authors : PersonNames.Parse(site.Owner) is { } owner ? [owner] : [];

    /// <summary>
    /// The one diagnostic of <paramref name="batch"/>: its code, line, and the severity the code has
    /// (an unreadable entry or a refused source is an error, a field not carried a warning).
    /// </summary>
    public static Diagnostic SingleDiagnostic(ImportBatch batch, string code, int line)
    {
        var diagnostic = Assert.Single(batch.Diagnostics);
        var severity = code == ImportDiagnosticCodes.FieldLost ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        Assert.Equal((severity, code, line), (diagnostic.Severity, diagnostic.Code, diagnostic.Line));
        return diagnostic;
    }

    /// <summary>Imports <paramref name="text"/> with no errors expected.</summary>
    public static ImportBatch Import(ITalkImporter importer, string path, string text)
    {
        Assert.True(importer.Recognises(path, text.AsSpan(0, Math.Min(4096, text.Length))), $"{importer.Id} does not recognise {path}");
        var batch = importer.Read(new ImportSource(path, text), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return batch;
    }

    /// <summary>Adds "site: title: what" to <paramref name="problems"/> when the values differ.</summary>
    public static void Same<T>(List<string> problems, string where, string field, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            problems.Add($"{where}: {field}: expected «{expected}», got «{actual}»");
        }
    }

    /// <summary>Names as one comparable string ("Given|Particle|Family|Suffix|Literal; …").</summary>
    public static string Parts(IEnumerable<Person> people) =>
        string.Join("; ", people.Select(p => p.Literal is not null || p.Family is null ? "literal:" + p.Name : $"{p.Given}|{p.Particle}|{p.Family}|{p.Suffix}"));
}
