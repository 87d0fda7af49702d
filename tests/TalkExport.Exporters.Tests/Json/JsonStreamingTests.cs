using System.Text;
using System.Text.Json;
using TalkExport.Exporters.Json;
using TalkExport.Exporters.Tests.BibTeX;
using TalkExport.Exporters.Tests.FormatsShared;

namespace TalkExport.Exporters.Tests.Json;

/// <summary>JSON is written in pieces cut between talks; the bytes must equal the whole document written at once.</summary>
public sealed class JsonStreamingTests
{
    [Fact]
    public void Export_ManyTalksWithEmoji_SameBytesAsOneDocument()
    {
        // Long abstracts with emoji and escaped backslashes, so several 1 MB pieces are cut.
        var talks = Enumerable.Range(0, 3000)
            .Select(i => SampleTalks.Seminar with { Key = $"talk{i}", Title = $"Talk {i} 😀 \\uD83D", Abstract = string.Concat(Enumerable.Repeat($"Paragraph {i} with 🎉 and \\ backslash. ", 20)) })
            .ToList();
        using var target = new MemoryOutputTarget();

        new JsonExporter().Export(talks, new Core.Exporting.ExportContext(), target);

        Assert.True(target.Bytes.Length > 3 << 20, $"only {target.Bytes.Length} bytes: no piece was cut");
        Assert.Equal(OneDocument(talks), target.Text);
        Assert.Contains("😀", target.Text, StringComparison.Ordinal);
    }

    private static string OneDocument(IReadOnlyList<Core.Model.Talk> talks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, TalkJson.WriterOptions))
        {
            TalkJson.WriteTalks(writer, talks);
        }

        return JsonText.KeepAstralCharacters(Encoding.UTF8.GetString(buffer.ToArray())) + "\n";
    }
}
