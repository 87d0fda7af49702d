using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Exporters.Ris;

/// <summary>
/// RIS, the tagged format reference managers and research-information systems import (Zotero,
/// EndNote, Mendeley, DiVA): one record per talk, <c>TY  - CPAPER</c> (how EndNote users file a
/// talk) or, with <c>--ris-type slide</c>, Zotero's presentation type <c>SLIDE</c>.
/// </summary>
public sealed class RisExporter : ITalkExporter
{
    /// <summary>Option: the RIS reference type, cpaper or slide (<c>--ris-type</c> on the verb too, and in <c>export</c>).</summary>
    public const string TypeOption = "type";

    private static readonly IReadOnlyList<string> Types = ["cpaper", "slide"];

    /// <inheritdoc/>
    public string Id => "ris";

    /// <inheritdoc/>
    public string DisplayName => "RIS";

    /// <inheritdoc/>
    public string Extension => ".ris";

    /// <inheritdoc/>
    public string Description => "RIS records (TY CPAPER, or SLIDE) for Zotero, EndNote, Mendeley and research-information systems.";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } =
    [
        new(TypeOption, "The RIS type: cpaper (a conference paper, as EndNote files talks) or slide (Zotero's presentation).")
        {
            AllowedValues = Types,
            DefaultValue = "cpaper",
            Aliases = ["--ris-type"],
        },
    ];

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var type = context.Settings.GetChoice(TypeOption, Types, "cpaper").ToUpperInvariant();
        var owner = PersonNames.Parse(context.Site.Owner);
        var text = new StringBuilder(talks.Count * 512);
        foreach (var talk in talks)
        {
            RisRecord.Write(text, talk, type, owner);
        }

        try
        {
            using var stream = target.Open();
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()));
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }
}
