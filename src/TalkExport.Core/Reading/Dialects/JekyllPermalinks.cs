using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Expands Jekyll permalink patterns (<c>/:categories/:year/:title/</c>, built-in styles) into a page path.</summary>
internal static partial class JekyllPermalinks
{
    /// <summary>
    /// Jekyll's template for a collection with no permalink of its own: <c>/:collection/:path</c> and
    /// the suffix the site's <c>permalink</c> style implies (Jekyll's <c>add_permalink_suffix</c>):
    /// '/' for <c>pretty</c> or a pattern ending in '/', <c>:output_ext</c> for the default <c>date</c>,
    /// <c>ordinal</c>, <c>none</c> or a pattern ending in it, nothing otherwise.
    /// </summary>
    public static string CollectionDefault(string? sitePermalink) => "/:collection/:path" + Suffix(sitePermalink);

    /// <summary>
    /// The URL of a page (not a post or collection document) at <paramref name="path"/> below the site
    /// root, without extension: Jekyll's <c>Page#template</c>, <c>/:path/</c> for an index, else
    /// <c>/:path/:basename</c> with the suffix of the site's permalink style.
    /// </summary>
    public static string PagePath(string path, string? sitePermalink)
    {
        var slash = path.LastIndexOf('/');
        if (path[(slash + 1)..] == "index")
        {
            return CollapseSlashes("/" + EscapePath(path[..(slash + 1)]));
        }

        return CollapseSlashes("/" + EscapePath(path) + Suffix(sitePermalink).Replace(":output_ext", ".html", StringComparison.Ordinal));
    }

    // Jekyll's add_permalink_suffix for the site's style.
    private static string Suffix(string? sitePermalink)
    {
        var style = string.IsNullOrWhiteSpace(sitePermalink) ? "date" : sitePermalink.Trim();
        return style switch
        {
            "pretty" => "/",
            "date" or "ordinal" or "none" => ":output_ext",
            _ when style.EndsWith('/') => "/",
            _ when style.EndsWith(":output_ext", StringComparison.Ordinal) => ":output_ext",
            _ => "",
        };
    }

    /// <summary>Jekyll's default for posts (the <c>date</c> style).</summary>
    public const string PostDefault = "/:categories/:year/:month/:day/:title:output_ext";

    /// <summary>What a pattern's placeholders stand for.</summary>
    public sealed record Values
    {
        public IReadOnlyList<string> Categories { get; init; } = [];

        public string Collection { get; init; } = "posts";

        /// <summary>The file's path inside the collection, without extension.</summary>
        public string Path { get; init; } = "";

        /// <summary>The slug: the file name without its date prefix and extension.</summary>
        public string Title { get; init; } = "";

        public TalkDate? Date { get; init; }
    }

    /// <summary>
    /// Jekyll's <c>Utils.slugify</c>: runs of characters other than letters, marks and decimal digits
    /// (and, in "pretty" mode, <c>. _ ~ ! $ &amp; ' ( ) + , ; = @</c>) become one '-', '-' at either end
    /// is dropped, and the default mode lowercases ("post one" → "post-one").
    /// </summary>
    public static string Slugify(string text, bool pretty)
    {
        var slug = (pretty ? PrettySlugRun() : DefaultSlugRun()).Replace(text, "-").Trim('-');
        return pretty ? slug : slug.ToLowerInvariant();
    }

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+", RegexOptions.CultureInvariant)]
    private static partial Regex PrettySlugRun();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultSlugRun();

    /// <summary>True when a record's own <c>permalink</c> holds placeholders to expand (<c>/:year/x/</c>), not when it is a full URL.</summary>
    public static bool HasPlaceholders(string permalink) =>
        permalink.Contains(':', StringComparison.Ordinal) && !permalink.Contains("://", StringComparison.Ordinal);

    /// <summary>The page path for <paramref name="pattern"/> (a built-in style name or a pattern), starting with '/'.</summary>
    public static string Expand(string pattern, Values values)
    {
        pattern = pattern.Trim() switch
        {
            "date" => PostDefault,
            "pretty" => "/:categories/:year/:month/:day/:title/",
            "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
            "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none" => "/:categories/:title:output_ext",
            var p => p,
        };

        var d = values.Date;
        return CollapseSlashes(PermalinkPattern.Expand(pattern, name => name switch
        {
            "categories" => EscapePath(Categories(values.Categories)),
            "collection" => EscapePath(values.Collection),
            "path" => EscapePath(values.Path),
            // Jekyll's UrlDrop: :title is the slug slugified in "pretty" mode keeping case, :slug and :name in the default mode.
            "title" => EscapePath(Slugify(values.Title, pretty: true)),
            "slug" or "name" => EscapePath(Slugify(values.Title, pretty: false)),
            "basename" => EscapePath(values.Title),
            "output_ext" => ".html",
            "year" => d is { } y ? y.Year.ToString("D4", CultureInfo.InvariantCulture) : "",
            "short_year" => d is { } sy ? (sy.Year % 100).ToString("D2", CultureInfo.InvariantCulture) : "",
            "month" => d?.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "",
            "i_month" => d?.Month is { } im ? im.ToString(CultureInfo.InvariantCulture) : "",
            "day" => d?.Day is { } dd ? dd.ToString("D2", CultureInfo.InvariantCulture) : "",
            "i_day" => d?.Day is { } idd ? idd.ToString(CultureInfo.InvariantCulture) : "",
            _ => null,
        }));
    }

    /// <summary>
    /// Jekyll's <c>URL.escape_path</c> on a placeholder's value (Addressable's path encoding): every
    /// byte of the UTF-8 text except letters, digits and <c>- . _ ~ ! $ &amp; ' ( ) * + , ; = : @ / ?</c>
    /// becomes <c>%XX</c> ("2023-San Antonio" → "2023-San%20Antonio").
    /// </summary>
    public static string EscapePath(string value)
    {
        if (value.All(IsPathChar))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b < 0x80 && IsPathChar((char)b))
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static bool IsPathChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@' or '/' or '?';

    // Lowercased, each once, joined by '/'; the usual one category ("talks") needs no LINQ.
    private static string Categories(IReadOnlyList<string> categories) => categories.Count switch
    {
        0 => "",
        1 => categories[0].ToLowerInvariant(),
        _ => string.Join('/', categories.Select(c => c.ToLowerInvariant()).Distinct()),
    };

    // Empty placeholders (no categories) leave "//", which Jekyll collapses.
    private static string CollapseSlashes(string path)
    {
        if (path.StartsWith('/') && !path.Contains("//", StringComparison.Ordinal))
        {
            return path;
        }

        var sb = new StringBuilder(path.Length + 1);
        if (!path.StartsWith('/'))
        {
            sb.Append('/');
        }

        foreach (var c in path)
        {
            if (c != '/' || sb.Length == 0 || sb[^1] != '/')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
