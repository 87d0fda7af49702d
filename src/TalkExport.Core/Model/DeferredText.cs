namespace TalkExport.Core.Model;

/// <summary>
/// A scalar's text that is still in the record's source: made into a string only when asked for.
/// The long HTML abstracts of a record are read once, for their text and links, and never needed
/// as strings of their own; see <see cref="FrontMatterScalar.Settle"/> for how long the source lives.
/// </summary>
internal abstract class DeferredText
{
    /// <summary>True when the text is empty or only white space.</summary>
    public abstract bool IsWhiteSpace { get; }

    /// <summary>The text as a string.</summary>
    public abstract string Materialize();

    /// <summary>The text in a per-thread buffer: valid until the next deferred text is read on this thread.</summary>
    public abstract ReadOnlyMemory<char> Decode();
}
