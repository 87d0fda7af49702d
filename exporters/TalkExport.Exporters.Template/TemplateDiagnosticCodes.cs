namespace TalkExport.Exporters.Template;

/// <summary>Codes of the template exporter (range TE9xxx), used in its usage-error messages.</summary>
public static class TemplateDiagnosticCodes
{
    /// <summary>The template could not be parsed.</summary>
    public const string ParseError = "TE9001";

    /// <summary>The template failed while rendering (an unknown filter, a bad argument, a loop limit).</summary>
    public const string RenderError = "TE9002";

    /// <summary>The template file is missing or cannot be read.</summary>
    public const string TemplateUnreadable = "TE9003";
}
