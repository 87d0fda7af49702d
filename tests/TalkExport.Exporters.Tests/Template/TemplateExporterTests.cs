using TalkExport.Core.Exporting;
using TalkExport.Exporters.Template;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Template;

public sealed class TemplateExporterTests
{
    // The example of issue 10, verbatim.
    private const string IssueExample =
        "{% for talk in talks %}{{ talk.date }} | {{ talk.title | upcase }} | {{ talk.venue }}{% if talk.links.slides %} | slides{% endif %}\n{% endfor %}";

    [Fact]
    public void Export_IssueExample_OneLinePerTalk()
    {
        var text = RenderFile(IssueExample, SampleTalks.Printable);

        Assert.Equal(
            "2020-11-05 | UNCERTAINTY IN DEEP LEARNING | Learning Machines Seminars at Nordic Institute of Testing | slides\n" +
            "2019-06-03 | LEARNING FROM FEW EXAMPLES: A KEYNOTE | Scandinavian Conference on Machine Learning\n" +
            "2018-03 | POSTERS ABOUT POSTERS | Workshop on Meta Things\n",
            text);
    }

    [Fact]
    public void Render_JsonFieldNames_AreTheTemplateNames()
    {
        const string Template =
            "{{ site.owner }}|{{ site.url }}\n" +
            "{% for talk in talks %}{{ talk.key }}|{{ talk.endDate }}|{{ talk.kind }}|{{ talk.authors | map: 'name' | join: ' & ' }}|" +
            "{{ talk.authors[0].family }}|{{ talk.links.event }}|{{ talk.source.path }}:{{ talk.source.line }}|{{ talk.tags | join: ',' }}|" +
            "{{ talk.extra.meta.room }}|{{ talk.extra.co_hosts | size }}\n{% endfor %}";

        var text = TemplateExporter.Render(Template, "t.liquid", [SampleTalks.Seminar, SampleTalks.Keynote], SampleTalks.Site);

        Assert.Equal(
            "Ada Lindqvist|https://ada.example.org\n" +
            "lindqvist2020uncertainty||seminar|Ada Lindqvist|Lindqvist|https://nit.example.org/seminars/|talks/_posts/2020-11-05-uncertainty-in-deep-learning.md:1|default,uncertainty|B12|2\n" +
            "lindqvist2019keynote|2019-06-05|keynote|Ada Lindqvist & Nordic AI Consortium|Lindqvist|https://scml.example.org/2019/|_talks/2019-06-03-keynote.md:1|few-shot||0\n",
            text);
    }

    [Fact]
    public void Render_ParseError_IsUsageErrorAtTemplateLineAndColumn()
    {
        var e = Assert.Throws<TalkExportException>(() => TemplateExporter.Render("line one\n{% for talk in talks %}\n{{ talk.title }", "my.liquid", [], SampleTalks.Site));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Equal(("my.liquid", 3, "TE9001"), (e.Path, e.Line, e.Code));
        Assert.True(e.Column > 0);
        Assert.DoesNotContain("my.liquid", e.Message, StringComparison.Ordinal); // named once, by the diagnostic
    }

    [Fact]
    public void Render_UnknownFilter_IsUsageErrorAtTemplateLine()
    {
        var e = Assert.Throws<TalkExportException>(() => TemplateExporter.Render("ok\n{% for talk in talks %}{{ talk.title | no_such_filter }}{% endfor %}", "my.liquid", [SampleTalks.Seminar], SampleTalks.Site));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Equal(("my.liquid", 2, "TE9002"), (e.Path, e.Line, e.Code));
        Assert.Contains("no_such_filter", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnclosedAtTheEnd_IsPlacedAtTheLastLine()
    {
        var e = Assert.Throws<TalkExportException>(() => TemplateExporter.Render("one\ntwo {{ talk.title ", "my.liquid", [], SampleTalks.Site));

        Assert.Equal(("my.liquid", 2, "TE9001"), (e.Path, e.Line, e.Code));
        Assert.True(e.Column > 1, e.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Export_NoTemplateOption_IsUsageError()
    {
        var e = Assert.Throws<TalkExportException>(() => ExportRun.Run(new TemplateExporter(), []));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains("--template", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_MissingTemplateFile_IsUsageErrorNamingIt()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("missing.liquid");

        var e = Assert.Throws<TalkExportException>(() => ExportRun.Run(new TemplateExporter(), [], ExporterSettings.Empty.With("template", path)));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("50% of R&D_costs #1 {x} ~ ^ \\ $", "50\\% of R\\&D\\_costs \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\$")]
    [InlineData("Para one\nstill one\n\nPara two", "Para one still one\\par Para two")]
    [InlineData("Malmö\u0007", "Malmö")]
    public void LatexEscape_SpecialCharacters_Escaped(string input, string expected) =>
        Assert.Equal(expected, LatexText.Escape(input));

    private static string RenderFile(string template, IReadOnlyList<Core.Model.Talk> talks)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("t.liquid");
        File.WriteAllText(path, template);
        return ExportRun.Text(new TemplateExporter(), talks, ExporterSettings.Empty.With("template", path));
    }
}
