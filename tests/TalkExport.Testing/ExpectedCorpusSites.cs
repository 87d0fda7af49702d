using Xunit;

namespace TalkExport.Testing;

/// <summary>
/// The corpus sites that have a per-site expectation file (tests/TalkExport.Core.Tests/Reading/Expectations):
/// the twelve of the corpus' SOURCES.md section 6.
/// </summary>
public static class ExpectedCorpusSites
{
    /// <summary>The site folder names, as in the corpus.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "AlexMeyer-Gohde--AlexMeyer-Gohde.github.io",
        "Borja-Perez-Diaz--borja-perez-diaz.github.io",
        "BrunoDegliEsposti--academicpages.github.io",
        "TiagoVentura--venturatiago.com",
        "amchagas--cv-website",
        "avsm--perscon.net",
        "jananiravi--jananiravi.github.io",
        "jesus-arroyo--jesus-arroyo.github.io",
        "jk-jeon--jk-jeon.github.io",
        "jmloyola--academicpages.github.io",
        "lucaneg--lucaneg.github.io",
        "sharanramjee--sharanramjee.github.io",
    ];

    /// <summary>The names as xunit theory data.</summary>
    public static TheoryData<string> Data => new(Names);

    /// <summary>The site's folder in the corpus; skips (fails in CI) as <see cref="TestEnvironment.RequireCorpus"/>.</summary>
    public static string RequireSite(string name)
    {
        var path = Path.Combine(TestEnvironment.RequireCorpus(), name);
        return Directory.Exists(path) ? path : TestEnvironment.SkipOrFail<string>($"The corpus has no site '{name}'.");
    }
}
