using System.CommandLine;
using System.CommandLine.Parsing;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Cli.Commands;

/// <summary>
/// The options every reading verb shares (output, site, config, filters, verbosity), one
/// fresh set per command, exposed as properties for tests.
/// </summary>
public sealed class CommonOptions
{
    /// <summary>The PATH arguments: record files or folders (one or more).</summary>
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Talk record files or folders (a site root, a _talks or talks/_posts folder, a single .md).",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>-o/--output FILE</c>.</summary>
    public Option<string> Output { get; } = new("--output", "-o") { Description = "Write to FILE (atomically; - is stdout) instead of stdout.", HelpName = "FILE" };

    /// <summary><c>--base-url URL</c>.</summary>
    public Option<string> BaseUrl { get; } = new("--base-url")
    {
        Description = "The site URL that makes relative links absolute (overrides the site's config).",
        HelpName = "URL",
        // Every relative link is joined to it: another scheme would make them all javascript: or file: links.
        Validators =
        {
            r =>
            {
                if (r.GetValueOrDefault<string>() is { } url && !LinkPolicy.IsWebUrl(url))
                {
                    r.AddError($"--base-url: '{url}' is not an http or https URL with a host (e.g. https://example.org).");
                }
            },
        },
    };

    /// <summary><c>--owner NAME</c>.</summary>
    public Option<string> Owner { get; } = new("--owner") { Description = "The site owner: the author of records that name none.", HelpName = "NAME" };

    /// <summary><c>--config FILE</c>.</summary>
    public Option<string> Config { get; } = new("--config") { Description = "talkexport.yml to use (default: talkexport.yml in the site root, if present).", HelpName = "FILE" };

    /// <summary><c>--site-dialect ID</c>.</summary>
    public Option<string> SiteDialect { get; } = new("--site-dialect")
    {
        Description = "Force the reader's dialect instead of detecting it.",
        HelpName = string.Join('|', TalkMapper.DialectIds),
    };

    /// <summary><c>--from DATE</c>.</summary>
    public Option<string> From { get; } = new("--from") { Description = "Only talks on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).", HelpName = "DATE" };

    /// <summary><c>--to DATE</c>.</summary>
    public Option<string> To { get; } = new("--to") { Description = "Only talks on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).", HelpName = "DATE" };

    /// <summary><c>--year YYYY</c>.</summary>
    public Option<int?> Year { get; } = new("--year")
    {
        Description = "Only talks of this year (same as --from YYYY --to YYYY).",
        HelpName = "YYYY",
        // The default parser's message names the CLR type (System.Nullable`1[System.Int32]).
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
            {
                return year;
            }

            r.AddError($"--year: '{text}' is not a year (YYYY, e.g. 2024).");
            return null;
        },
    };

    /// <summary><c>--kind K</c> (repeatable, or comma-separated).</summary>
    public Option<string[]> Kind { get; } = new("--kind")
    {
        Description = "Only talks of this kind (repeatable or comma-separated): " + string.Join('|', TalkKinds.All.Select(k => k.Id())) + ".",
        HelpName = "KIND",
    };

    /// <summary><c>--tag T</c> (repeatable, or comma-separated).</summary>
    public Option<string[]> Tag { get; } = new("--tag") { Description = "Only talks with this tag (repeatable or comma-separated; any matches).", HelpName = "TAG" };

    /// <summary><c>--ignore-tag T</c> (repeatable): adds to talkexport.yml's ignore_tags.</summary>
    public Option<string[]> IgnoreTag { get; } = new("--ignore-tag") { Description = "Remove this tag from every talk (a site marker such as 'default'); repeatable.", HelpName = "TAG" };

    /// <summary><c>--include-drafts</c>.</summary>
    public Option<bool> IncludeDrafts { get; } = new("--include-drafts") { Description = "Also read records the site does not publish (published: false, draft: true)." };

    /// <summary><c>--follow-symlinks</c>.</summary>
    public Option<bool> FollowSymlinks { get; } = new("--follow-symlinks") { Description = "Follow symbolic links that lead out of the given folders or the site (records, _config.yml, CNAME, author profiles)." };

    /// <summary><c>--dedupe</c>.</summary>
    public Option<bool> Dedupe { get; } = new("--dedupe") { Description = "Keep one of each duplicate (same date and title): the lowest source path; the dropped ones are named on stderr." };

    /// <summary><c>--sort date|-date|title</c>.</summary>
    public Option<string> Sort { get; } = new("--sort")
    {
        Description = "Order: -date (newest first, default), date (oldest first) or title. Ties: title, then source path.",
        HelpName = "-date|date|title",
    };

    /// <summary><c>-q/--quiet</c>.</summary>
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Show errors only (no warnings)." };

    /// <summary><c>-v/--verbose</c>.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Also show info (skipped drafts, non-posts, …)." };

    /// <summary><c>--diagnostics text|json</c>.</summary>
    public Option<string> Diagnostics { get; } = new("--diagnostics") { Description = "Diagnostics on stderr as text lines (default) or JSON lines.", HelpName = "text|json" };

    /// <summary>Adds the PATH argument and every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Sort.CompletionSources.Add("-date", "date", "title");
        Diagnostics.CompletionSources.Add("text", "json");
        SiteDialect.CompletionSources.Add([.. TalkMapper.DialectIds]);
        Kind.CompletionSources.Add(TalkKinds.All.Select(k => k.Id()).ToArray());
        Sort.Validators.Add(r => Check(r, r.GetValueOrDefault<string>(), "-date", "date", "title"));
        Diagnostics.Validators.Add(r => Check(r, r.GetValueOrDefault<string>(), "text", "json"));
        Paths.Validators.Add(r =>
        {
            // An unknown option lands in PATH (the argument takes any token): say what it is.
            foreach (var token in r.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-' && !File.Exists(t.Value) && !Directory.Exists(t.Value)))
            {
                r.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        command.Add(Paths);
        foreach (var option in new Option[] { Output, BaseUrl, Owner, Config, SiteDialect, From, To, Year, Kind, Tag, IgnoreTag, IncludeDrafts, FollowSymlinks, Dedupe, Sort, Quiet, Verbose, Diagnostics })
        {
            command.Add(option);
        }
    }

    /// <summary>The settings of one parse.</summary>
    /// <exception cref="TalkExportException">A date, kind or year is not valid (usage).</exception>
    public CommonSettings Bind(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var query = new TalkQueryOptions
        {
            From = Date(parse.GetValue(From), "--from"),
            To = Date(parse.GetValue(To), "--to"),
            Kinds = Split(parse.GetValue(Kind)).Select(ParseKind).Distinct().ToArray(),
            Tags = Split(parse.GetValue(Tag)),
            IgnoreTags = Split(parse.GetValue(IgnoreTag)),
            IncludeDrafts = parse.GetValue(IncludeDrafts),
            Dedupe = parse.GetValue(Dedupe),
            Sort = parse.GetValue(Sort) switch
            {
                "date" => TalkSort.OldestFirst,
                "title" => TalkSort.Title,
                _ => TalkSort.NewestFirst,
            },
        };
        if (parse.GetValue(Year) is { } year)
        {
            if (year is < 1 or > 9999)
            {
                throw new TalkExportException(FailureKind.Usage, $"--year: '{year}' is not a year.");
            }

            if (query.From is not null || query.To is not null)
            {
                throw new TalkExportException(FailureKind.Usage, "--year cannot be combined with --from or --to.");
            }

            query = query with { From = new TalkDate(year), To = new TalkDate(year) };
        }

        var output = parse.GetValue(Output);
        if (output is { Length: 0 })
        {
            throw new TalkExportException(FailureKind.Usage, "-o/--output needs a file name (use - for stdout).");
        }

        return new CommonSettings
        {
            Paths = parse.GetValue(Paths) ?? [],
            // "-" is stdout, as for every Unix tool; a file literally named "-" is ./-.
            Output = output == "-" ? null : output,
            BaseUrl = parse.GetValue(BaseUrl)?.TrimEnd('/'),
            Owner = parse.GetValue(Owner),
            ConfigFile = parse.GetValue(Config),
            SiteDialect = parse.GetValue(SiteDialect),
            Query = query,
            Quiet = parse.GetValue(Quiet),
            FollowSymlinks = parse.GetValue(FollowSymlinks),
            Verbose = parse.GetValue(Verbose),
            JsonDiagnostics = parse.GetValue(Diagnostics) == "json",
        };
    }

    private static void Check(OptionResult result, string? value, params string[] allowed)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            result.AddError($"{result.IdentifierToken?.Value ?? "option"}: '{value}' is not one of {string.Join(", ", allowed)}.");
        }
    }

    private static TalkDate? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return TalkDate.TryParseIso(text.Trim(), out var date)
            ? date
            : throw new TalkExportException(FailureKind.Usage, $"{option}: '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
    }

    private static TalkKind ParseKind(string id) =>
        TalkKinds.TryParse(id, out var kind)
            ? kind
            : throw new TalkExportException(FailureKind.Usage, $"--kind: '{id}' is not one of {string.Join(", ", TalkKinds.All.Select(k => k.Id()))}.");

    private static string[] Split(string[]? values) =>
        values is null ? [] : values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
}
