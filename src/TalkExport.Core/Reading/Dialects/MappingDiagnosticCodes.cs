namespace TalkExport.Core.Reading.Dialects;

/// <summary>Diagnostic codes of site configuration and dialect mapping (TE11xx, inside the reading range).</summary>
public static class MappingDiagnosticCodes
{
    /// <summary>A site configuration file could not be read; defaults are used (warning).</summary>
    public const string SiteConfigUnreadable = "TE1101";

    /// <summary>The site URL is unknown, so links stay relative (info; <c>--base-url</c> fixes it).</summary>
    public const string SiteUrlUnknown = "TE1102";

    /// <summary>The owner the site names is its template's sample person ("Your Name", "Nelson Bighetti"): the site has no owner (warning).</summary>
    public const string SampleOwner = "TE1103";

    /// <summary>A draft or <c>published: false</c> record was skipped (info).</summary>
    public const string DraftSkipped = "TE1110";

    /// <summary>A <c>_posts</c> file without a <c>YYYY-MM-DD-</c> name, which Jekyll ignores (info).</summary>
    public const string NotAPost = "TE1111";

    /// <summary>The record's type says the person attended, was a delegate or organised (warning; skipped).</summary>
    public const string NotGivenByOwner = "TE1112";

    /// <summary>The record's own <c>collection:</c> names another collection than the talks folder it sits in (warning; skipped).</summary>
    public const string OtherCollection = "TE1113";

    /// <summary>The record has no title (error; skipped).</summary>
    public const string MissingTitle = "TE1120";

    /// <summary>The record's date is not a real date (warning; the talk has no date).</summary>
    public const string InvalidDate = "TE1121";

    /// <summary>The record has no date at all (warning).</summary>
    public const string MissingDate = "TE1122";

    /// <summary>A forced dialect id is unknown (error).</summary>
    public const string UnknownDialect = "TE1123";

    /// <summary>Markdown that nests too deeply to render: that text (an abstract, a body) is left out, the talk kept (warning).</summary>
    public const string MarkdownTooDeep = "TE1124";

    /// <summary>Liquid that Jekyll would run but TalkExport does not resolve (a tag other than <c>link</c>/<c>post_url</c>, an output other than the site URL): left out, once per record (warning).</summary>
    public const string LiquidDropped = "TE1125";

    /// <summary>A link that <see cref="Model.LinkPolicy"/> refuses (a scheme other than http, https or mailto, or a control character): left out of every format (warning).</summary>
    public const string LinkRefused = "TE1126";
}
