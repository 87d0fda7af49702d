namespace TalkExport.Core.Exporting;

/// <summary>
/// An output held in memory until the run succeeds (standard output): a failed export never
/// leaves half a document on the stream. Holds one part only.
/// </summary>
public sealed class BufferedOutputTarget : IOutputTarget, IDisposable
{
    private MemoryStream? _buffer;

    /// <summary>A buffer shown as <paramref name="displayName"/>; <paramref name="isTerminal"/> when its destination is a terminal.</summary>
    public BufferedOutputTarget(string displayName = "stdout", bool isTerminal = false)
    {
        DisplayName = displayName;
        IsTerminal = isTerminal;
    }

    /// <inheritdoc/>
    public string DisplayName { get; }

    /// <inheritdoc/>
    public bool SupportsParts => false;

    /// <inheritdoc/>
    public bool IsTerminal { get; }

    /// <summary>True once the exporter opened the output.</summary>
    public bool WasOpened => _buffer is not null;

    /// <summary>The bytes written (empty when never opened).</summary>
    public byte[] ToArray() => _buffer?.ToArray() ?? [];

    /// <inheritdoc/>
    public Stream Open()
    {
        if (_buffer is not null)
        {
            throw new InvalidOperationException($"{DisplayName} was opened twice.");
        }

        _buffer = new MemoryStream();
        return _buffer;
    }

    /// <inheritdoc/>
    public void Dispose() => _buffer?.Dispose();

    /// <inheritdoc/>
    public Stream OpenPart(int number) =>
        throw new NotSupportedException($"{DisplayName} holds a single document; use --output-dir for a split output.");
}
