using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using TalkExport.Core.Exporting;
using TalkExport.Core.Files;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Template;

/// <summary>
/// Renders a Liquid template (Scriban's Liquid mode) over the talks: <c>talks</c> with the
/// <c>json</c> field names, and <c>site</c> (<c>owner</c>, <c>url</c>). Adds the
/// <c>latex_escape</c> filter. Template errors are usage errors located at the template's
/// <c>path:line:col</c>.
/// </summary>
public sealed class TemplateExporter : ITalkExporter
{
    /// <summary>Option: the Liquid template file.</summary>
    public const string TemplateOption = "template";

    /// <summary>Option: the name of a built-in template (instead of a file).</summary>
    public const string BuiltInOption = "builtin";

    // Scriban's default (1000 iterations across nested loops) is less than a big site's talks.
    private const int LoopLimit = 1_000_000;

    /// <inheritdoc/>
    public string Id => "template";

    /// <inheritdoc/>
    public string DisplayName => "Liquid template";

    /// <inheritdoc/>
    public string Extension => ".txt";

    /// <inheritdoc/>
    public string Description => "Any text format from a Liquid template (--template FILE, or --builtin NAME: see --list), with the json field names.";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } =
    [
        new(TemplateOption, "The Liquid template file to render, e.g. samples/templates/talks.md.liquid."),
        new(BuiltInOption, "A template built into talkexport, by name (--list shows them); never a file.")
        {
            AllowedValues = [.. TemplateGallery.All.Select(t => t.Name)],
        },
    ];

    /// <inheritdoc/>
    public IReadOnlyList<GalleryTemplate> Gallery => TemplateGallery.All;

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var (templateText, path) = Template(context.Settings);
        var text = Render(templateText, path, talks, context.Site);
        try
        {
            using var stream = target.Open();
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            stream.Write(bytes);
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }

    /// <summary>Renders template text; <paramref name="path"/> names it in error messages.</summary>
    /// <exception cref="TalkExportException">The template does not parse or fails while rendering (usage error).</exception>
    public static string Render(string templateText, string path, IReadOnlyList<Talk> talks, SiteInfo site)
    {
        ArgumentNullException.ThrowIfNull(templateText);
        var template = Scriban.Template.ParseLiquid(templateText, path);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw Located(TemplateDiagnosticCodes.ParseError, path, templateText, first.Span, first.Message);
        }

        var globals = ScriptData.Create(CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = site.Owner }), site);
        globals["latex_escape"] = new TextFilterFunction(LatexText.Escape);
        globals["latex_url"] = new TextFilterFunction(LatexText.Url);
        globals["markdown_escape"] = new TextFilterFunction(MarkdownText.Escape);
        globals["markdown_url"] = new TextFilterFunction(MarkdownText.Url);
        var context = new LiquidTemplateContext
        {
            NewLine = "\n",
            LoopLimit = LoopLimit,
            StrictVariables = false,
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw Located(TemplateDiagnosticCodes.RenderError, path, templateText, e.Span, e.OriginalMessage);
        }
    }

    // A template is a few kilobytes; the limit keeps `--template /dev/zero` from filling memory.
    private const long MaxTemplateBytes = 4 * 1024 * 1024;

    // One of --template FILE and --builtin NAME, never both: a name and a path are never confused.
    private static (string Text, string Path) Template(ExporterSettings settings)
    {
        var file = settings.GetString(TemplateOption);
        var name = settings.GetString(BuiltInOption);
        if (file is not null && name is not null)
        {
            throw new TalkExportException(FailureKind.Usage, $"give either --{TemplateOption} FILE or --{BuiltInOption} NAME, not both.");
        }

        if (name is not null)
        {
            var text = TemplateGallery.Text(name)
                ?? throw new TalkExportException(FailureKind.Usage, $"there is no built-in template \"{name}\" (built in: {string.Join(", ", TemplateGallery.All.Select(t => t.Name))}).");
            return (text, TemplateGallery.DisplayPath(name));
        }

        return file is not null
            ? (ReadTemplate(file), file)
            : throw new TalkExportException(FailureKind.Usage, $"The template exporter needs --{TemplateOption} FILE (a Liquid template) or --{BuiltInOption} NAME (built in: {string.Join(", ", TemplateGallery.All.Select(t => t.Name))}).");
    }

    private static string ReadTemplate(string path) =>
        SafeFile.ReadAllText(path, FileTrust.User, MaxTemplateBytes, out var problem)
            ?? throw new TalkExportException(FailureKind.Usage, $"{path}: error {TemplateDiagnosticCodes.TemplateUnreadable}: cannot read the template: {problem}", path);

    // Scriban's positions are 0-based; diagnostics are 1-based like every other in the tool.
    // The message alone: the path, line and column go with the exception, so the diagnostic names them once.
    // Scriban places an error at the end of the text (an unclosed tag) before line 1; it is put at the last line.
    private static TalkExportException Located(string code, string path, string templateText, SourceSpan span, string message)
    {
        var (line, column) = span.Start.Line >= 0
            ? (span.Start.Line + 1, span.Start.Column + 1)
            : (templateText.Count(c => c == '\n') + 1, templateText.Length - templateText.LastIndexOf('\n'));
        return new(FailureKind.Usage, message, path) { Code = code, Line = line, Column = column };
    }
}
