using System.Xml.Linq;
using TalkExport.Testing;
using static TalkExport.Exporters.Tests.Word.WordTestSupport;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>
/// The XML parts of two documents kept as golden files (a .docx zip's bytes are not compared:
/// its entries carry timestamps). The rendering tests check what these parts look like in
/// LibreOffice and pandoc; these catch any unintended change in the XML itself.
/// </summary>
public sealed class WordGoldenTests
{
    public static TheoryData<string> Cases => ["apa-year", "chicago-kind-numbered"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Export_Case_XmlPartsMatchGolden(string name)
    {
        var docx = name == "apa-year"
            ? Export(WordTalks.SeedLike)
            : Export(WordTalks.SeedLike, ("style", ["chicago"]), ("group-by", ["kind"]), ("numbered", []));
        var parts = Parts(docx);
        var text = string.Join("\n", parts.Select(p => $"===== {p.Key}\n{Pretty(p.Value)}")) + "\n";

        GoldenFile.AssertMatches($"tests/TalkExport.Exporters.Tests/Word/Golden/{name}.docx.xml.txt", text);
    }

    private static string Pretty(string xml) => XDocument.Parse(xml).ToString().ReplaceLineEndings("\n");
}
