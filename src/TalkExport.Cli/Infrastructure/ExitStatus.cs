namespace TalkExport.Cli.Infrastructure;

/// <summary>The exit code of a run: when several apply, the highest wins.</summary>
public sealed class ExitStatus
{
    /// <summary>The code so far.</summary>
    public int Code { get; private set; }

    /// <summary>Raises the code to <paramref name="code"/> if it is higher.</summary>
    public void Raise(int code) => Code = Math.Max(Code, code);
}
