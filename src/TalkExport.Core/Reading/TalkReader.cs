namespace TalkExport.Core.Reading;

/// <summary>Reads talk records from files and folders: discovery, parallel parsing, dialect mapping, deterministic results.</summary>
public sealed class TalkReader
{
    /// <summary>Creates a reader.</summary>
    public TalkReader(ReaderOptions? options = null)
    {
        Options = options ?? ReaderOptions.Default;
    }

    /// <summary>The options in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>Reads every record under <paramref name="paths"/> (files or folders).</summary>
    public ReadResult Read(IReadOnlyList<string> paths, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("reader helper");
}
