using System.Globalization;
using TalkExport.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// Builds a <see cref="FrontMatterMapping"/> from YamlDotNet's parsing events (no deserializer: AOT).
/// Iterative with an explicit stack, so nesting depth costs no call stack; every limit is checked
/// per top-level key, and a key over a limit is dropped with a warning while the record is kept.
/// </summary>
internal sealed class YamlTreeBuilder(YamlPositionMap positions, string path, ReaderLimits limits, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, BuiltNode> _anchors = new(StringComparer.Ordinal);
    private readonly List<YamlFrame> _stack = [];
    private readonly int _maxDepth = Math.Max(limits.MaxDepth, 1) + 1; // + 1: the root mapping itself
    private FrontMatterMapping? _root;
    private int _skipDepth;
    private bool _failed;

    /// <summary>The front matter's mapping, or null after an error in the diagnostics. YamlDotNet's syntax errors propagate.</summary>
    public FrontMatterMapping? Build(IParser parser)
    {
        var documents = 0;
        while (!_failed && parser.MoveNext())
        {
            var e = parser.Current!;
            if (e is DocumentStart)
            {
                if (++documents > 1)
                {
                    Fail(ReaderDiagnosticCodes.InvalidYaml, e.Start, "a line starting with '---' inside the front matter starts a second YAML document; remove it or quote the value");
                }
            }
            else if (_skipDepth > 0)
            {
                Skip(e);
            }
            else
            {
                Handle(e);
            }
        }

        return _failed ? null : _root ?? new FrontMatterMapping([]);
    }

    private void Handle(ParsingEvent e)
    {
        switch (e)
        {
            case Scalar scalar:
                OnScalar(scalar);
                break;
            case AnchorAlias alias:
                OnAlias(alias);
                break;
            case MappingStart or SequenceStart:
                OnStart((NodeEvent)e, e is MappingStart);
                break;
            case MappingEnd or SequenceEnd:
                OnEnd();
                break;
        }
    }

    /// <summary>The last scalar read, for a better hint when the parse fails just after it.</summary>
    public Scalar? LastScalar { get; private set; }

    private void OnScalar(Scalar scalar)
    {
        LastScalar = scalar;
        var isNull = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Tag.IsEmpty
            && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
        var value = new FrontMatterScalar(scalar.Value)
        {
            IsNull = isNull,
            IsQuoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded,
            Line = positions.Line(scalar.Start),
            Column = positions.Column(scalar.Start),
        };
        var node = new BuiltNode(value, 1, scalar.Value.Length, 0, false);
        Register(scalar.Anchor, node);
        if (_stack.Count == 0)
        {
            if (!isNull)
            {
                Fail(ReaderDiagnosticCodes.NotAMapping, scalar.Start, "the front matter is a single value, not 'key: value' lines");
            }

            return;
        }

        Attach(node, scalar.Start);
    }

    private void OnAlias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var node))
        {
            Fail(ReaderDiagnosticCodes.UndefinedAlias, alias.Start, $"the alias '*{alias.Value.Value}' refers to no anchor '&{alias.Value.Value}' defined before it");
            return;
        }

        if (_stack.Count == 0)
        {
            Fail(ReaderDiagnosticCodes.NotAMapping, alias.Start, "the front matter is a single alias, not 'key: value' lines");
            return;
        }

        Attach(node with { HasAlias = true }, alias.Start);
    }

    private void OnStart(NodeEvent e, bool isMapping)
    {
        if (_stack.Count == 0 && !isMapping)
        {
            Fail(ReaderDiagnosticCodes.NotAMapping, e.Start, "the front matter is a list, not 'key: value' lines");
            return;
        }

        if (_stack.Count > 0 && _stack[^1] is { IsMapping: true, PendingKey: null })
        {
            Fail(ReaderDiagnosticCodes.NotAMapping, e.Start, "a key must be plain text, not a list or a mapping");
            return;
        }

        if (_stack.Count >= _maxDepth)
        {
            // Too deep: drop this top-level key. Its open frames are discarded and their end
            // events skipped by counting, never by recursion.
            _skipDepth = _stack.Count;
            Register(e.Anchor, BuiltNode.Dropped);
            _stack.RemoveRange(1, _stack.Count - 1);
            return;
        }

        var anchor = e.Anchor.IsEmpty ? null : e.Anchor.Value;
        _stack.Add(new YamlFrame(isMapping, anchor, positions.Line(e.Start), positions.Column(e.Start)));
    }

    private void OnEnd()
    {
        var frame = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        var node = frame.Finish();
        if (frame.Anchor is not null)
        {
            _anchors[frame.Anchor] = node;
        }

        if (_stack.Count == 0)
        {
            _root = (FrontMatterMapping)node.Value;
            return;
        }

        Attach(node, default);
    }

    private void Skip(ParsingEvent e)
    {
        if (e is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            Register(anchored.Anchor, BuiltNode.Dropped);
        }

        if (e is MappingStart or SequenceStart)
        {
            _skipDepth++;
        }
        else if (e is MappingEnd or SequenceEnd && --_skipDepth == 0)
        {
            var root = _stack[0];
            Drop(root, ReaderDiagnosticCodes.TooDeep, $"nests deeper than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels");
        }
    }

    private void Attach(BuiltNode node, Mark at)
    {
        var top = _stack[^1];
        if (top.IsMapping && top.PendingKey is null)
        {
            if (node.Value.AsString() is not { } key)
            {
                Fail(ReaderDiagnosticCodes.NotAMapping, at, "a key must be plain text, not a list or a mapping");
                return;
            }

            top.PendingKey = key;
            top.PendingKeyMark = at;
            return;
        }

        if (_stack.Count == 1 && !WithinLimits(top, node))
        {
            return;
        }

        top.Add(node);
    }

    private bool WithinLimits(YamlFrame root, BuiltNode node)
    {
        if (node.Depth + 1 > _maxDepth)
        {
            Drop(root, ReaderDiagnosticCodes.TooDeep, $"nests deeper than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels");
            return false;
        }

        if (node.HasAlias && node.Nodes > limits.MaxAliasExpansion)
        {
            Drop(root, ReaderDiagnosticCodes.AliasExpansion, $"expands through aliases to more than {limits.MaxAliasExpansion.ToString(CultureInfo.InvariantCulture)} values (an alias bomb?)");
            return false;
        }

        if (node.Chars > limits.MaxValueChars)
        {
            Drop(root, ReaderDiagnosticCodes.ValueTooLong, $"is longer than {limits.MaxValueChars.ToString(CultureInfo.InvariantCulture)} characters");
            return false;
        }

        return true;
    }

    private void Drop(YamlFrame root, string code, string why)
    {
        var key = root.PendingKey ?? "";
        diagnostics.Add(Diagnostic.Warning(code, path, positions.Line(root.PendingKeyMark), positions.Column(root.PendingKeyMark), $"the value of '{key}' {why}; the key is left out and the rest of the record is read"));
        root.PendingKey = null;
    }

    private void Register(AnchorName anchor, BuiltNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }
    }

    private void Fail(string code, Mark at, string message)
    {
        diagnostics.Add(Diagnostic.Error(code, path, positions.Line(at), positions.Column(at), message));
        _failed = true;
    }
}
