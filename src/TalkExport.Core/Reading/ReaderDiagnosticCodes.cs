namespace TalkExport.Core.Reading;

/// <summary>
/// Codes of the record reader (front matter, discovery, limits): TE1001–TE1049. Site dialects
/// and site configuration use TE1050 and up. Codes are stable: users search for them.
/// </summary>
public static class ReaderDiagnosticCodes
{
    /// <summary>The file is not valid UTF-8 (error, with the byte offset).</summary>
    public const string InvalidUtf8 = "TE1001";

    /// <summary>The file does not start with a <c>---</c> or <c>+++</c> front-matter fence.</summary>
    public const string NoFrontMatter = "TE1002";

    /// <summary>The front matter's opening fence has no closing fence.</summary>
    public const string UnterminatedFrontMatter = "TE1003";

    /// <summary>The YAML front matter does not parse (as libyaml, Jekyll's parser, reads it).</summary>
    public const string InvalidYaml = "TE1004";

    /// <summary>The TOML front matter does not parse.</summary>
    public const string InvalidToml = "TE1005";

    /// <summary>The front matter is not a set of <c>key: value</c> pairs (a list, a single value, a non-text key).</summary>
    public const string NotAMapping = "TE1006";

    /// <summary>Control characters in the front matter: YAML rejects them as libyaml does (error); in TOML the C1 ones (U+0080–U+009F, usually mojibake) are read but never output (warning).</summary>
    public const string ControlCharacters = "TE1007";

    /// <summary>The file is larger than <see cref="ReaderLimits.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "TE1008";

    /// <summary>The front matter is larger than <see cref="ReaderLimits.MaxFrontMatterChars"/>.</summary>
    public const string FrontMatterTooLarge = "TE1009";

    /// <summary>A key's value nests deeper than <see cref="ReaderLimits.MaxDepth"/>: the key is dropped (warning).</summary>
    public const string TooDeep = "TE1010";

    /// <summary>A key's value expands through aliases to more than <see cref="ReaderLimits.MaxAliasExpansion"/> nodes: dropped (warning).</summary>
    public const string AliasExpansion = "TE1011";

    /// <summary>A key's value is longer than <see cref="ReaderLimits.MaxValueChars"/>: dropped (warning).</summary>
    public const string ValueTooLong = "TE1012";

    /// <summary>An alias (<c>*name</c>) refers to no anchor defined before it.</summary>
    public const string UndefinedAlias = "TE1013";

    /// <summary>A date in a file name that does not exist (2021-02-30).</summary>
    public const string ImpossibleDateInName = "TE1015";

    /// <summary>The front matter has more top-level keys than <see cref="ReaderLimits.MaxKeys"/>.</summary>
    public const string TooManyKeys = "TE1014";

    /// <summary>A path given on the command line does not exist.</summary>
    public const string PathNotFound = "TE1016";

    /// <summary>A symbolic link that leaves the given roots (or loops) was not followed (info).</summary>
    public const string SymlinkSkipped = "TE1017";

    /// <summary>The file could not be read (permissions, I/O).</summary>
    public const string ReadFailed = "TE1018";

    /// <summary>More record files than <see cref="ReaderLimits.MaxRecords"/>.</summary>
    public const string TooManyRecords = "TE1019";

    /// <summary>A file found through a site was not read: not a regular file, outside the site, or too large (warning).</summary>
    public const string SiteFileRefused = "TE1020";

    /// <summary>A site root with no talk records where its generator keeps them; names where discovery looked and any talk list it does not read (warning).</summary>
    public const string NoTalksInSite = "TE1021";
}
