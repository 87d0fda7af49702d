using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// The real consumers of a .bib (docs oracles.md), each run once over a whole file in a fresh
/// folder. Each check returns the problems it saw; empty means the consumer accepted the file.
/// </summary>
internal static partial class BibTeXOracles
{
    private const string BibLaTeXDocument =
        "\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage{lmodern}\\usepackage{hyperref}" +
        "\\usepackage[backend=biber]{biblatex}\\addbibresource{refs.bib}\\begin{document}\\nocite{*}\\printbibliography\\end{document}\n";

    private const string BibTeXDocument =
        "\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage{lmodern}\\usepackage{url}" +
        "\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    /// <summary>Strict UTF-8 (iconv) and <c>biber --tool --validate-datamodel</c>: no WARN/ERROR.</summary>
    public static List<string> Biber(string bib)
    {
        var iconv = ExternalTool.Require("iconv");
        var biber = ExternalTool.Require("biber");
        using var dir = Prepare(bib);
        var problems = new List<string>();
        var utf8 = ExternalTool.Run(iconv, ["-f", "UTF-8", "-t", "UTF-8", "refs.bib"], dir.Path, timeout: Timeout);
        if (utf8.ExitCode != 0)
        {
            problems.Add("iconv: " + utf8.StandardError);
        }

        var run = ExternalTool.Run(biber, ["--tool", "--validate-datamodel", "--output-file=tool.bib", "refs.bib"], dir.Path, timeout: Timeout);
        if (run.ExitCode != 0)
        {
            problems.Add($"biber --tool exit {run.ExitCode}");
        }

        problems.AddRange(BlgProblems(dir.Combine("refs.bib.blg")));
        return problems;
    }

    /// <summary>pdflatex + biber + pdflatex ×2 with biblatex: no errors, no LaTeX or biblatex warnings.</summary>
    public static List<string> BibLaTeXCompile(string bib)
    {
        var pdflatex = ExternalTool.Require("pdflatex");
        var biber = ExternalTool.Require("biber");
        using var dir = Prepare(bib);
        File.WriteAllText(dir.Combine("bl.tex"), BibLaTeXDocument);
        var problems = new List<string>();
        Latex(pdflatex, dir, "bl", problems);
        var run = ExternalTool.Run(biber, ["--validate-datamodel", "bl"], dir.Path, timeout: Timeout);
        if (run.ExitCode != 0)
        {
            problems.Add($"biber exit {run.ExitCode}: {run.StandardOutput}");
        }

        problems.AddRange(BlgProblems(dir.Combine("bl.blg")));
        Latex(pdflatex, dir, "bl", problems);
        Latex(pdflatex, dir, "bl", problems);
        problems.AddRange(LogProblems(dir.Combine("bl.log")));
        return problems;
    }

    /// <summary>pdflatex + bibtex (plain) + pdflatex ×2: no errors, no <c>Warning--</c>.</summary>
    public static List<string> BibTeXCompile(string bib)
    {
        var pdflatex = ExternalTool.Require("pdflatex");
        var bibtex = ExternalTool.Require("bibtex");
        using var dir = Prepare(bib);
        File.WriteAllText(dir.Combine("bt.tex"), BibTeXDocument);
        var problems = new List<string>();
        Latex(pdflatex, dir, "bt", problems);
        var run = ExternalTool.Run(bibtex, ["bt"], dir.Path, timeout: Timeout);
        if (run.ExitCode != 0)
        {
            problems.Add($"bibtex exit {run.ExitCode}: {run.StandardOutput}");
        }

        problems.AddRange(run.StandardOutput.Split('\n').Where(l => l.StartsWith("Warning--", StringComparison.Ordinal)));
        Latex(pdflatex, dir, "bt", problems);
        Latex(pdflatex, dir, "bt", problems);
        problems.AddRange(LogProblems(dir.Combine("bt.log")));
        return problems;
    }

    /// <summary>
    /// bibtex alone (no LaTeX run: for the <c>orcid</c> dialect, which is not meant to be typeset) on an
    /// .aux that cites every entry with the <c>unsrt</c> style (no sorting, which would want an author): its problems (exit ≠ 0, <c>Warning--</c>,
    /// error lines) and how many entries it wrote to the .bbl.
    /// </summary>
    public static (List<string> Problems, int Items) BibTeXReads(string bib)
    {
        var bibtex = ExternalTool.Require("bibtex");
        using var dir = Prepare(bib);
        File.WriteAllText(dir.Combine("bt.aux"), "\\relax\n\\citation{*}\n\\bibstyle{unsrt}\n\\bibdata{refs}\n");
        var problems = new List<string>();
        var run = ExternalTool.Run(bibtex, ["bt"], dir.Path, timeout: Timeout);
        if (run.ExitCode != 0)
        {
            problems.Add($"bibtex exit {run.ExitCode}: {run.StandardOutput}");
        }

        problems.AddRange(run.StandardOutput.Split('\n').Where(l => l.StartsWith("Warning--", StringComparison.Ordinal) || l.Contains("---line", StringComparison.Ordinal)));
        var bbl = dir.Combine("bt.bbl");
        var items = File.Exists(bbl) ? File.ReadLines(bbl).Count(l => l.StartsWith("\\bibitem", StringComparison.Ordinal)) : 0;
        return (problems, items);
    }

    /// <summary><c>pandoc --fail-if-warnings -f biblatex -t csljson</c>: the CSL items by id, or the failure.</summary>
    public static (Dictionary<string, JsonElement> Items, List<string> Problems) Pandoc(string bib)
    {
        var pandoc = ExternalTool.Require("pandoc");
        using var dir = Prepare(bib);
        var run = ExternalTool.Run(pandoc, ["--fail-if-warnings", "-f", "biblatex", "-t", "csljson", "refs.bib"], dir.Path, timeout: Timeout);
        if (run.ExitCode != 0)
        {
            return ([], [$"pandoc exit {run.ExitCode}: {run.StandardError}"]);
        }

        using var json = JsonDocument.Parse(run.StandardOutput);
        var items = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.Clone(), StringComparer.Ordinal);
        return (items, []);
    }

    private static TempDirectory Prepare(string bib)
    {
        var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("refs.bib"), bib, new UTF8Encoding(false));
        return dir;
    }

    private static void Latex(string pdflatex, TempDirectory dir, string job, List<string> problems)
    {
        var run = ExternalTool.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", job], dir.Path, timeout: Timeout);
        if (run.ExitCode != 0)
        {
            problems.Add($"pdflatex {job} exit {run.ExitCode}: " + string.Join(" | ", run.StandardOutput.Split('\n').Where(l => l.StartsWith("! ", StringComparison.Ordinal) || l.StartsWith("l.", StringComparison.Ordinal))));
        }
    }

    private static IEnumerable<string> BlgProblems(string blg) =>
        File.Exists(blg) ? File.ReadLines(blg).Where(l => l.Contains("WARN - ", StringComparison.Ordinal) || l.Contains("ERROR - ", StringComparison.Ordinal)) : [$"no {Path.GetFileName(blg)}"];

    private static IEnumerable<string> LogProblems(string log) =>
        File.Exists(log)
            ? File.ReadLines(log, Encoding.Latin1).Where(l => l.StartsWith("! ", StringComparison.Ordinal) || LogWarning().IsMatch(l))
            : [$"no {Path.GetFileName(log)}"];

    [GeneratedRegex(@"LaTeX Warning|Package biblatex Warning")]
    private static partial Regex LogWarning();
}
