using System.Globalization;
using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.BibTeX.Reading;

/// <summary>
/// The works already on an ORCID record, from the .bib that its "Export works" gives (or any .bib),
/// or from an ORCID works JSON/XML document (<see cref="OrcidWorksFile"/>):
/// a talk is there when an entry has the same title, ignoring case, accents, punctuation, white
/// space and TeX markup, and the same year (an undated talk matches an entry without a year).
/// Importing the same work twice makes a duplicate on ORCID, so those talks are left out.
/// </summary>
public sealed class WorksOnRecord
{
    private readonly HashSet<string> _works;

    private WorksOnRecord(HashSet<string> works) => _works = works;

    /// <summary>How many entries (with a title) the file holds.</summary>
    public int Count => _works.Count;

    /// <summary>Reads <paramref name="path"/>; a file that cannot be read or parsed is a usage error naming its line.</summary>
    /// <exception cref="TalkExportException">The file is missing, unreadable or not BibTeX.</exception>
    public static WorksOnRecord Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Named by the user: a FIFO is read as a stream, a device only up to the limit (64 MiB).
        var text = Core.Files.SafeFile.ReadAllText(path, Core.Files.FileTrust.User, 64 * 1024 * 1024, out var problem)
            ?? throw new TalkExportException(FailureKind.Usage, $"--exclude {path}: cannot read the file: {problem}", path);

        try
        {
            return FromText(text);
        }
        catch (BibTeXSyntaxException e)
        {
            throw new TalkExportException(FailureKind.Usage, $"{path}:{e.Line}: --exclude file is not readable: {e.Message}", path, e);
        }
    }

    /// <summary>The works of a .bib text, or of an ORCID works JSON/XML document.</summary>
    /// <exception cref="BibTeXSyntaxException">The text is not readable BibTeX.</exception>
    public static WorksOnRecord FromText(string text)
    {
        var works = new HashSet<string>(StringComparer.Ordinal);
        if (OrcidWorksFile.IsJsonOrXml(text))
        {
            foreach (var (title, year) in OrcidWorksFile.Read(text))
            {
                if (MatchKey(title, year) is { } key)
                {
                    works.Add(key);
                }
            }

            return new WorksOnRecord(works);
        }

        foreach (var entry in BibTeXFileReader.Read(text))
        {
            if (entry["title"] is { } title && MatchKey(title, entry["year"]?.Trim() ?? "") is { } key)
            {
                works.Add(key);
            }
        }

        return new WorksOnRecord(works);
    }

    /// <summary>True when <paramref name="talk"/> is one of the works.</summary>
    public bool Contains(Talk talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        var year = talk.Date is { } date ? date.Year.ToString(CultureInfo.InvariantCulture) : "";
        return MatchKey(talk.Title ?? "", year) is { } key && _works.Contains(key);
    }

    // The title's letters and digits, case- and accent-folded (by LatinLetters: the runtime's
    // invariant globalization does not decompose), TeX markup removed; then the year.
    private static string? MatchKey(string title, string year)
    {
        var letters = new StringBuilder(title.Length);
        foreach (var c in LatinLetters.FoldToAscii(DropTeX(title)))
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        if (letters.Length == 0)
        {
            return null;
        }

        return letters.Append('|').Append(year.TrimStart('0')).ToString();
    }

    // TeX commands: \X (a symbol: accent or escape) is dropped and the character after it kept;
    // a letter command is dropped, except the letters it stands for (\ss, \o, \ae …).
    private static string DropTeX(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                output.Append(text[i]);
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            if (end == start)
            {
                // \" \' \& …: the symbol goes, what follows stays.
                i = start;
                continue;
            }

            output.Append(text.AsSpan(start, end - start) switch
            {
                "ss" => "ss",
                "o" or "O" => "o",
                "ae" or "AE" => "ae",
                "oe" or "OE" => "oe",
                "aa" or "AA" => "a",
                "l" or "L" => "l",
                "i" => "i",
                "j" => "j",
                _ => " ",
            });
            i = end - 1;
        }

        return output.ToString();
    }
}
