using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>A quoted scalar already scanned once (so it is known to be valid), folded again when its text is asked for.</summary>
/// <param name="source">The record's text.</param>
/// <param name="start">Just after the opening quote.</param>
/// <param name="end">Where the front matter ends (the scan's limit).</param>
/// <param name="quote">The quote character.</param>
/// <param name="isWhiteSpace">Whether the folded value is empty or white space (known from the first scan).</param>
internal sealed class DeferredQuotedScalar(ReadOnlyMemory<char> source, int start, int end, char quote, bool isWhiteSpace) : DeferredText
{
    /// <inheritdoc/>
    public override bool IsWhiteSpace => isWhiteSpace;

    /// <inheritdoc/>
    public override string Materialize() => new(Decode().Span);

    /// <inheritdoc/>
    public override ReadOnlyMemory<char> Decode()
    {
        var value = QuotedValueBuffer.ForThread();
        if (!new SimpleYamlQuotedScalar(source, start, end, quote).Scan(value))
        {
            throw new InvalidOperationException("a quoted scalar that scanned once did not scan again");
        }

        return value.Written;
    }
}
