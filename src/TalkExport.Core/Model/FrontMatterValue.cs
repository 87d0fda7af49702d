using System.Runtime.InteropServices;

namespace TalkExport.Core.Model;

/// <summary>
/// A front-matter value kept as written: a scalar string, a sequence or a mapping. YAML and
/// TOML both map onto this, so unmapped keys survive into <see cref="Talk.Extra"/> and the
/// JSON and template outputs without a loss of structure.
/// </summary>
public abstract record FrontMatterValue
{
    private protected FrontMatterValue()
    {
    }

    /// <summary>1-based line where the value starts in its file (0 when unknown).</summary>
    public int Line { get; init; }

    /// <summary>1-based column where the value starts in its file (0 when unknown).</summary>
    public int Column { get; init; }

    /// <summary>The scalar text, or null for a sequence or mapping.</summary>
    public virtual string? AsString() => null;

    /// <summary>
    /// As <see cref="AsString"/>, without making a string of a deferred text: the memory is valid only
    /// until the next deferred text is read on this thread, so use it at once.
    /// </summary>
    internal virtual ReadOnlyMemory<char>? AsTransientText() => AsString()?.AsMemory();
}

/// <summary>A scalar, kept as its text. <see cref="IsNull"/> for YAML <c>null</c>, <c>~</c> or an empty value.</summary>
public sealed record FrontMatterScalar : FrontMatterValue
{
    private string? _value;
    private DeferredText? _deferred;

    /// <summary>A scalar with the text <paramref name="Value"/>.</summary>
    /// <param name="Value">The text as YAML or TOML gave it (after unquoting and folding).</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Named as the record's Value, which it was declared as.")]
    public FrontMatterScalar(string Value)
    {
        _value = Value;
    }

    /// <summary>A scalar whose text stays in the record's source until asked for.</summary>
    internal FrontMatterScalar(DeferredText deferred)
    {
        _deferred = deferred;
    }

    /// <summary>The text as YAML or TOML gave it (after unquoting and folding).</summary>
    public string Value
    {
        get => _value ??= _deferred?.Materialize() ?? throw new InvalidOperationException("a front-matter value was read after its record's text was released");
        init
        {
            _value = value;
            _deferred = null;
        }
    }

    /// <summary>True for a plain empty, <c>~</c> or <c>null</c> YAML value.</summary>
    public bool IsNull { get; init; }

    /// <summary>True when the scalar was quoted ('…' or "…") or was a block scalar, so it is a string, never a number, bool or null.</summary>
    public bool IsQuoted { get; init; }

    /// <inheritdoc/>
    public override string? AsString() => IsNull ? null : Value;

    /// <summary>True when the text is empty or only white space (known without making a deferred text a string).</summary>
    internal bool IsWhiteSpace => _value is null && _deferred is { } deferred ? deferred.IsWhiteSpace : string.IsNullOrWhiteSpace(Value);

    /// <inheritdoc/>
    internal override ReadOnlyMemory<char>? AsTransientText() =>
        IsNull ? null : _value is null && _deferred is { } deferred ? deferred.Decode() : Value.AsMemory();

    /// <summary>
    /// Ends a deferred text's tie to the record's source, before the source's buffer goes back to
    /// the pool: <paramref name="keep"/> makes the text a string (a value the talk keeps, such as an
    /// extra), otherwise it is dropped and reading it is a bug that throws rather than reads a
    /// reused buffer.
    /// </summary>
    internal void Settle(bool keep)
    {
        if (_value is null && _deferred is { } deferred)
        {
            _value = keep ? deferred.Materialize() : null;
            _deferred = null;
        }
    }

    /// <summary>The scalar's text.</summary>
    /// <param name="Value">The text.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "Named as the record's Value.")]
    public void Deconstruct(out string Value) => Value = this.Value;

    /// <inheritdoc/>
    public bool Equals(FrontMatterScalar? other) =>
        other is not null && base.Equals(other) && Value == other.Value && IsNull == other.IsNull && IsQuoted == other.IsQuoted;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Value, IsNull, IsQuoted);
}

/// <summary>A sequence of values.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record FrontMatterSequence(IReadOnlyList<FrontMatterValue> Items) : FrontMatterValue;

/// <summary>A mapping, with its keys in file order.</summary>
/// <param name="Entries">The entries, in file order (a duplicate key keeps its last value, as libyaml does not, but Jekyll's Psych does).</param>
public sealed record FrontMatterMapping(IReadOnlyList<KeyValuePair<string, FrontMatterValue>> Entries) : FrontMatterValue
{
    // A front matter has a few dozen keys: scans beat building an index. Above this, a hostile
    // record with 90,000 keys would make scans quadratic (minutes), so an index is built once.
    private const int SmallMapping = 64;

    /// <summary>Each key once, in the order keys first appear, with its last value (what a lookup gives).</summary>
    public IReadOnlyList<KeyValuePair<string, FrontMatterValue>> UniqueEntries()
    {
        var result = new List<KeyValuePair<string, FrontMatterValue>>(Entries.Count);
        if (Entries.Count <= SmallMapping)
        {
            foreach (var (key, _) in Entries)
            {
                if (!result.Exists(e => e.Key == key))
                {
                    result.Add(new(key, this[key]!));
                }
            }

            return result;
        }

        var last = new Dictionary<string, int>(Entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < Entries.Count; i++)
        {
            last[Entries[i].Key] = i;
        }

        foreach (var (key, _) in Entries)
        {
            if (last.Remove(key, out var at))
            {
                result.Add(new(key, Entries[at].Value));
            }
        }

        return result;
    }

    /// <summary>The value of <paramref name="key"/> (exact, case-sensitive), or null.</summary>
    public FrontMatterValue? this[string key]
    {
        get
        {
            // Mapping a record looks up dozens of keys: over a span when the entries are a list (they
            // are when read), without an interface call per entry.
            if (Entries is List<KeyValuePair<string, FrontMatterValue>> list)
            {
                var span = CollectionsMarshal.AsSpan(list);
                for (var i = span.Length - 1; i >= 0; i--)
                {
                    if (span[i].Key == key)
                    {
                        return span[i].Value;
                    }
                }

                return null;
            }

            for (var i = Entries.Count - 1; i >= 0; i--)
            {
                if (Entries[i].Key == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }
}
