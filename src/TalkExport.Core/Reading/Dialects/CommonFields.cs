using TalkExport.Core.Model;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Field rules every dialect shares: single-line text, tags, drafts, kinds, authors, dates (the talk itself: <see cref="TalkBuilder"/>).</summary>
internal static class CommonFields
{
    /// <summary>A single-line field as plain text: markup removed when there is any, whitespace collapsed.</summary>
    public static string? SingleLine(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal))
        {
            text = HtmlText.Convert(text).Text;
        }

        return TextCleaner.SingleLine(text);
    }

    /// <summary>The abstract text, or null when it is empty.</summary>
    public static string? Paragraphs(PlainText text) => text.Text.Length == 0 ? null : text.Text;

    /// <summary>
    /// True when the record is not on the site (<c>published: false</c>, <c>draft: true</c>); unless drafts
    /// are included, says so and the caller skips it.
    /// </summary>
    public static bool IsDraft(RecordContext ctx, out bool skip)
    {
        var published = ctx.Peek("published");
        var draft = ctx.Peek("draft");
        ctx.Consume("published", "draft");
        var isDraft = FrontMatterLookup.IsFalse(published) || FrontMatterLookup.IsTrue(draft);
        skip = isDraft && !ctx.Options.IncludeDrafts;
        if (skip)
        {
            var why = FrontMatterLookup.IsTrue(draft) ? "draft: true" : "published: false";
            ctx.Report(DiagnosticSeverity.Info, MappingDiagnosticCodes.DraftSkipped, FrontMatterLookup.IsTrue(draft) ? draft : published, $"skipped: the record says {why}, so the site does not show it (--include-drafts reads it)");
        }

        return isDraft;
    }

    /// <summary>The tags: a list, or one string split on commas (else on spaces, as Jekyll does).</summary>
    public static IReadOnlyList<string> Tags(RecordContext ctx)
    {
        var value = ctx.Take(SharedKeys.Tags);
        char? separator = value?.AsString() is { } s && s.Contains(',', StringComparison.Ordinal) ? ',' : ' ';
        var tags = new List<string>();
        foreach (var tag in FrontMatterLookup.Strings(value, separator))
        {
            if (TextCleaner.SingleLine(tag) is { } cleaned)
            {
                tags.Add(cleaned);
            }
        }

        return tags;
    }

    /// <summary>
    /// The kind from an explicit type, then title, then venue; or null (after a warning) when the
    /// explicit type says the person attended, was a delegate or organised.
    /// </summary>
    public static TalkKind? Kind(RecordContext ctx, string? title, string? venue, FieldKeys typeKeys)
    {
        var typeValue = ctx.Take(typeKeys);
        var type = SingleLine(typeValue?.AsString());
        if (KindRules.IsNotGivenByOwner(type))
        {
            ctx.Report(DiagnosticSeverity.Warning, MappingDiagnosticCodes.NotGivenByOwner, typeValue, $"skipped: type \"{type}\" says this is not a talk the person gave");
            return null;
        }

        if (type is not null)
        {
            foreach (var (written, id) in ctx.Options.KindMap)
            {
                if (string.Equals(written.Trim(), type, StringComparison.OrdinalIgnoreCase) && TalkKinds.TryParse(id, out var mapped))
                {
                    return mapped;
                }
            }
        }

        return TalkKinds.TryParse(type, out var exact) && exact != TalkKind.Talk ? exact : KindRules.Infer(type, title, venue);
    }

    /// <summary>
    /// People from written names; the site owner when there are none. An owner pinned as
    /// <c>Family, Given</c> also decides how the records' own mentions of the owner are split.
    /// </summary>
    public static IReadOnlyList<Person> PeopleOrOwner(IEnumerable<string> names, SiteConfig site)
    {
        var people = new List<Person>();
        List<string>? seen = null; // most talks have one speaker: no names to compare then
        var pinned = site.Owner is { } o && o.Contains(',', StringComparison.Ordinal) ? PersonNames.Parse(o) : null;
        foreach (var name in names)
        {
            // A name listed twice (corpus: "Petr Keil", "Petr Keil") is one person. A name is text:
            // HTML in it ("<b>Ada</b> Lovelace", a page's way to stress the speaker) is not part of it.
            if (PersonNames.Parse(SingleLine(name)) is not { } parsed)
            {
                continue;
            }

            var person = pinned is null ? parsed : PersonNames.SplitAsOwner(parsed, pinned);

            if (people.Count > 0)
            {
                seen ??= [people[0].Name];
                var written = person.Name;
                if (seen.Contains(written, StringComparer.Ordinal))
                {
                    continue;
                }

                seen.Add(written);
            }

            people.Add(person);
        }

        if (people.Count == 0 && (pinned ?? PersonNames.Parse(site.Owner)) is { } owner)
        {
            people.Add(owner);
        }

        return people;
    }

    /// <summary>Names from a comma-separated string (the seed's template splits on ", "), keeping "Jr." with its name.</summary>
    public static IEnumerable<string> SplitNames(string text)
    {
        // One speaker, no comma (most talks): what the split below gives, without an iterator.
        if (!text.Contains(',', StringComparison.Ordinal))
        {
            return text.Trim() is { Length: > 0 } one ? [one] : [];
        }

        return SplitAtCommas(text);
    }

    private static IEnumerable<string> SplitAtCommas(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i + 1 < parts.Length && PersonNames.IsSuffix(parts[i + 1]))
            {
                yield return parts[i] + ", " + parts[i + 1];
                i++;
            }
            else
            {
                yield return parts[i];
            }
        }
    }

    /// <summary>
    /// The record's date from <paramref name="value"/>, with a warning when it is not a real date. With
    /// <paramref name="jekyllForms"/>, the texts Jekyll's <c>Time.parse</c> reads count too ("23 March 2011").
    /// </summary>
    /// <param name="ctx">The record.</param>
    /// <param name="value">The date key's value.</param>
    /// <param name="jekyllForms">Also read what Jekyll's <c>Time.parse</c> reads.</param>
    /// <param name="fileDate">The file name's date, used (and named in the warning) when the key cannot be read.</param>
    public static TalkDate? Date(RecordContext ctx, FrontMatterValue? value, bool jekyllForms = false, TalkDate? fileDate = null)
    {
        var text = value?.AsString();
        if (text is null)
        {
            return fileDate;
        }

        var result = DateText.TryParse(text, out var date);
        if (result == DateText.Result.NotADate && jekyllForms)
        {
            result = JekyllDateText.TryParse(text, out date);
        }

        switch (result)
        {
            case DateText.Result.Ok:
                return date;
            case DateText.Result.Impossible:
                ctx.DateReported = true;
                ctx.Report(DiagnosticSeverity.Warning, MappingDiagnosticCodes.InvalidDate, value, $"\"{text.Trim()}\" is not a real date; {Instead(fileDate)}");
                return fileDate;
            default:
                ctx.DateReported = true;
                var trimmed = text.Trim();
                if (trimmed.Length > 10 && DateText.TryParse(trimmed[..10], out var first) == DateText.Result.Ok)
                {
                    // "2021-07-19; 2022-03-11" (a talk given twice): the first date is the talk's.
                    ctx.Report(DiagnosticSeverity.Warning, MappingDiagnosticCodes.InvalidDate, value, $"\"{TextCleaner.SingleLine(text)}\" is not one date; only {first} is used");
                    return first;
                }

                ctx.Report(DiagnosticSeverity.Warning, MappingDiagnosticCodes.InvalidDate, value, $"\"{TextCleaner.SingleLine(text)}\" is not a date (write YYYY-MM-DD); {Instead(fileDate)}");
                return fileDate;
        }
    }

    private static string Instead(TalkDate? fileDate) => fileDate is { } d ? $"the file name's date {d} is used" : "the talk has no date";
}
