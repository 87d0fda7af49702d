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
}

/// <summary>A scalar, kept as its text. <see cref="IsNull"/> for YAML <c>null</c>, <c>~</c> or an empty value.</summary>
/// <param name="Value">The text as YAML or TOML gave it (after unquoting and folding).</param>
public sealed record FrontMatterScalar(string Value) : FrontMatterValue
{
    /// <summary>True for a plain empty, <c>~</c> or <c>null</c> YAML value.</summary>
    public bool IsNull { get; init; }

    /// <summary>True when the scalar was quoted ('…' or "…") or was a block scalar, so it is a string, never a number, bool or null.</summary>
    public bool IsQuoted { get; init; }

    /// <inheritdoc/>
    public override string? AsString() => IsNull ? null : Value;
}

/// <summary>A sequence of values.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record FrontMatterSequence(IReadOnlyList<FrontMatterValue> Items) : FrontMatterValue;

/// <summary>A mapping, with its keys in file order.</summary>
/// <param name="Entries">The entries, in file order (a duplicate key keeps its last value, as libyaml does not, but Jekyll's Psych does).</param>
public sealed record FrontMatterMapping(IReadOnlyList<KeyValuePair<string, FrontMatterValue>> Entries) : FrontMatterValue
{
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
