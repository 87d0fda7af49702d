using System.Globalization;
using System.Text;

namespace TalkExport.Core.Importing;

/// <summary>
/// A record's name from its title, as the themes' generators make one (Jekyll's <c>slugify</c>, Hugo's
/// <c>urlize</c>): lower case, accents removed, every run of other characters one hyphen, at most
/// <see cref="MaxLength"/> characters cut at a hyphen; letters of other scripts are kept; "talk" when
/// nothing is left.
/// </summary>
public static class Slug
{
    /// <summary>The longest slug, so a file name stays far below any file system's limit.</summary>
    public const int MaxLength = 60;

    /// <summary>The slug of <paramref name="title"/>.</summary>
    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var sb = new StringBuilder(title.Length);
        var hyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(c);
            if (folded is not null)
            {
                sb.Append(folded);
                hyphen = false;
            }
            else if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (!hyphen && sb.Length > 0)
            {
                sb.Append('-');
                hyphen = true;
            }
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > MaxLength / 2 ? cut : MaxLength)].Trim('-');
        }

        return slug.Length == 0 ? "talk" : slug;
    }

    // Latin letters with no decomposition, written as their ASCII spelling.
    private static string? Fold(char c) => c switch
    {
        'ß' => "ss",
        'ø' or 'Ø' => "o",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' or 'ð' or 'Ð' => "d",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        _ when char.IsAsciiLetterOrDigit(c) => char.ToLowerInvariant(c).ToString(),
        _ => null,
    };
}
