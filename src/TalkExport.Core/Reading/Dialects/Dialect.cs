using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>A site generator's way of writing talk records, mapped onto <see cref="Talk"/>.</summary>
internal abstract class Dialect
{
    /// <summary>All dialects, in the order they are listed to users.</summary>
    public static IReadOnlyList<Dialect> All { get; } = [new JekyllPostsDialect(), new AcademicPagesDialect(), new HugoDialect(), new JekyllData.JekyllDataDialect()];

    /// <summary>True for a Jekyll dialect: Jekyll runs Liquid over a record's content, Hugo does not.</summary>
    public virtual bool RunsLiquid => false;

    /// <summary>True when the site generator reads front-matter keys ignoring case (Hugo lowercases them).</summary>
    public virtual bool KeysIgnoreCase => false;

    /// <summary>The stable id used by <c>--dialect</c>/<c>dialect:</c> ("jekyll-posts", "academicpages", "hugo").</summary>
    public abstract string Id { get; }

    /// <summary>The dialect with <paramref name="id"/> (case-insensitive), or null.</summary>
    public static Dialect? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The dialect of one record: first where it lives (<c>_posts</c>, a Jekyll <c>_talks</c>-style
    /// collection, Hugo <c>content/</c>), then keys only one dialect uses, then the site generator.
    /// </summary>
    public static Dialect Detect(RecordFile file, FrontMatterDocument document, SiteConfig site)
    {
        var path = file.FullPath.Replace('\\', '/');
        if (path.Contains("/_posts/", StringComparison.Ordinal))
        {
            return All[0];
        }

        if (path.Contains("/content/", StringComparison.Ordinal) && (site.Generator == "hugo" || document.Format == FrontMatterFormat.Toml))
        {
            return All[2];
        }

        if (path.Contains("/_talks/", StringComparison.Ordinal))
        {
            return All[1];
        }

        var values = document.Values;
        if (values["longversion"] is not null || values["shortversion"] is not null || values["overwriteurl"] is not null)
        {
            return All[0];
        }

        if (document.Format == FrontMatterFormat.Toml || site.Generator == "hugo" ||
            values["url_slides"] is not null || values["url_pdf"] is not null || values["event_url"] is not null || values["event_start"] is not null)
        {
            return All[2];
        }

        return All[1];
    }

    /// <summary>
    /// The talk of the record, or null (with a diagnostic saying why) when it is not one: a record
    /// the dialect refuses, a draft that is skipped, or one without a title never reaches <see cref="MapRecord"/>.
    /// </summary>
    public Talk? Map(RecordContext ctx)
    {
        if (!Accepts(ctx))
        {
            return null;
        }

        var isDraft = CommonFields.IsDraft(ctx, out var skip);
        var title = Title(ctx);
        return skip || title is null ? null : MapRecord(ctx, title, isDraft);
    }

    /// <summary>False (after saying why) for a file the site generator would not publish as this dialect's record.</summary>
    protected virtual bool Accepts(RecordContext ctx) => true;

    /// <summary>The talk of a record that has <paramref name="title"/>; <paramref name="isDraft"/> when it is an included draft.</summary>
    protected abstract Talk? MapRecord(RecordContext ctx, string title, bool isDraft);

    /// <summary>The title, or null after an error when the record has none.</summary>
    protected string? Title(RecordContext ctx)
    {
        var title = TitleText(ctx, TitleValue(ctx)) ?? AlFolioInline.Title(ctx);
        if (title is null)
        {
            ctx.Report(DiagnosticSeverity.Error, MappingDiagnosticCodes.MissingTitle, null, $"the record has no title ({MissingTitleHint(ctx)})");
        }

        return title;
    }

    /// <summary>How to give a record a title, for the error that it has none.</summary>
    protected virtual string MissingTitleHint(RecordContext ctx) => "add `title: …` to its front matter";

    /// <summary>The value holding the title: <c>title</c> in every record format; a data file's list may name it otherwise.</summary>
    protected virtual FrontMatterValue? TitleValue(RecordContext ctx) => ctx.Take("title", "title");

    /// <summary>The title as the theme prints it; most print it as written.</summary>
    protected virtual string? TitleText(RecordContext ctx, FrontMatterValue? value) => TextFields.Plain(ctx, value);

    /// <summary>The file's path below the site root (or its full path), split into folders and name.</summary>
    protected static string[] SiteRelativeSegments(RecordContext ctx) => ctx.SiteRelativeSegments ??= SplitSiteRelativePath(ctx);

    // Once per record: a dialect asks for it while deciding and again while mapping.
    private static string[] SplitSiteRelativePath(RecordContext ctx)
    {
        var full = ctx.File.FullPath;
        var rel = ctx.Site.RootPath is { } root && full.StartsWith(root, StringComparison.Ordinal)
            ? Path.GetRelativePath(root, full)
            : full;
        return rel.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
    }
}
