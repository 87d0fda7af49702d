namespace TalkExport.Cli;

/// <summary>Diagnostic codes of the command line, its config file and outputs (TE7xxx).</summary>
public static class CliDiagnosticCodes
{
    /// <summary>An unexpected internal failure (a bug): the run stops without writing output.</summary>
    public const string InternalError = "TE7000";

    /// <summary>The command line could not be parsed (unknown option, missing PATH, bad value).</summary>
    public const string BadCommandLine = "TE7001";

    /// <summary>A PATH argument does not exist.</summary>
    public const string PathNotFound = "TE7002";

    /// <summary>No candidate record file was found under the PATH arguments.</summary>
    public const string NoRecords = "TE7003";

    /// <summary>An option value is not valid (a date, a kind, a format id, a combination).</summary>
    public const string BadOptionValue = "TE7004";

    /// <summary>An output could not be written.</summary>
    public const string OutputFailed = "TE7005";

    /// <summary>Binary output refused on a terminal.</summary>
    public const string BinaryToTerminal = "TE7006";

    /// <summary>talkexport.yml cannot be read or is not valid YAML.</summary>
    public const string ConfigUnreadable = "TE7010";

    /// <summary>talkexport.yml has a key it does not know.</summary>
    public const string ConfigUnknownKey = "TE7011";

    /// <summary>talkexport.yml has a value of the wrong shape (a list where text is expected …).</summary>
    public const string ConfigBadValue = "TE7012";
}
