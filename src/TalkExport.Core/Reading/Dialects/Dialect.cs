using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>A site generator's way of writing talk records, mapped onto <see cref="Talk"/>.</summary>
internal abstract class Dialect
{
    /// <summary>
    /// The dialect list: every dialect, in the order they are listed to users (<c>--site-dialect</c>) and
    /// their collections are searched. A new dialect is its folder and one entry here.
    /// </summary>
    public static IReadOnlyList<Dialect> All { get; } = [new JekyllPostsDialect(), new AcademicPagesDialect(), new HugoDialect(), new JekyllData.JekyllDataDialect()];

    /// <summary>True when the site generator reads front-matter keys ignoring case (Hugo lowercases them).</summary>
    public virtual bool KeysIgnoreCase => false;

    /// <summary>The stable id used by <c>--site-dialect</c>/<c>dialect:</c> ("jekyll-posts", "academicpages", "hugo").</summary>
    public abstract string Id { get; }

    /// <summary>The site generator whose records these are (<see cref="SiteGenerators"/>).</summary>
    public abstract string Generator { get; }

    /// <summary>
    /// The folders of a site root where this dialect's records live, site-relative and '/'-separated;
    /// discovery searches a site root in these only (<see cref="SiteLayout.Collections"/>).
    /// </summary>
    public abstract IReadOnlyList<string> Collections { get; }

    /// <summary>
    /// The key map: for each model field, the front-matter keys read, in order, and the template line
    /// that shows them (docs/themes.md is the written map; a test keeps the two equal). Shared keys
    /// (title, tags, language, bibtex) are <see cref="SharedKeys"/>.
    /// </summary>
    public abstract IReadOnlyList<FieldKeys> KeyMap { get; }

    /// <summary>
    /// The writer of new records of this dialect (<c>import</c>), or null for a dialect whose talks are
    /// items of a shared file rather than records of their own.
    /// </summary>
    public virtual RecordWriter? Writer => null;

    /// <summary>True for a Jekyll dialect: Jekyll runs Liquid over a record's content, Hugo does not.</summary>
    public bool RunsLiquid => Generator == SiteGenerators.Jekyll;

    /// <summary>The dialect with <paramref name="id"/> (case-insensitive), or null.</summary>
    public static Dialect? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The dialect of one record: the one that recognises it most strongly (<see cref="RecordEvidence"/>:
    /// where it lives, then keys only one dialect uses, then the site generator); on a tie the first listed.
    /// </summary>
    public static Dialect Detect(RecordFile file, FrontMatterDocument document, SiteConfig site)
    {
        // Replace returns the path itself when it has no '\\' (every path on Unix): no copy per record.
        var path = file.FullPath.Replace('\\', '/');
        Dialect? best = null;
        var strongest = RecordEvidence.None;
        foreach (var dialect in All)
        {
            var evidence = dialect.Recognises(path, document, site);
            if (evidence > strongest)
            {
                (best, strongest) = (dialect, evidence);
            }
        }

        return best ?? throw new InvalidOperationException("no dialect reads this record; one dialect must answer RecordEvidence.Fallback");
    }

    /// <summary>
    /// How strongly this dialect recognises the record at <paramref name="path"/> ('/'-separated, full):
    /// by the folder it is in, the keys it has, the site's generator.
    /// </summary>
    public abstract RecordEvidence Recognises(string path, FrontMatterDocument document, SiteConfig site);

    /// <summary>True when the record has one of <paramref name="keys"/>, empty or not.</summary>
    protected static bool HasAnyKey(FrontMatterDocument document, ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (document.Values[key] is not null)
            {
                return true;
            }
        }

        return false;
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
        return skip || title is null || MapRecord(ctx, title) is not { } fields ? null : TalkBuilder.Build(ctx, title, fields, isDraft);
    }

    /// <summary>False (after saying why) for a file the site generator would not publish as this dialect's record.</summary>
    protected virtual bool Accepts(RecordContext ctx) => true;

    /// <summary>What the dialect reads of a record that has <paramref name="title"/>, or null (after saying why) when it is not a talk.</summary>
    protected abstract TalkFields? MapRecord(RecordContext ctx, string title);

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
    protected virtual FrontMatterValue? TitleValue(RecordContext ctx) => ctx.Take(SharedKeys.Title);

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
