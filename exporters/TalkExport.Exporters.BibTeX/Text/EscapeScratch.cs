namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>
/// The per-thread working arrays of <see cref="BibTeXEscaper"/>: the cleaned characters (control
/// characters dropped, white space collapsed) and, per character, its HTML run, whether its brace
/// has a partner and its word. Reused from value to
/// value (entries are mapped in parallel, so one set per thread), so escaping allocates nothing
/// but its result.
/// </summary>
internal sealed class EscapeScratch
{
    private const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static EscapeScratch? _current;

    public char[] Chars { get; private set; } = new char[256];

    public int[] RunOf { get; private set; } = new int[256];

    public bool[] Balanced { get; private set; } = new bool[256];

    public int[] WordOf { get; private set; } = new int[256];

    public bool[] Protect { get; private set; } = new bool[64];

    private int[] Stack { get; set; } = new int[64];

    /// <summary>How many cleaned characters <see cref="Chars"/> holds.</summary>
    public int Count { get; private set; }

    /// <summary>This thread's scratch, emptied.</summary>
    public static EscapeScratch Rent()
    {
        // A huge value (a pasted abstract as a title) should not pin its arrays for the thread's lifetime.
        var scratch = _current is { Chars.Length: <= MaxKept } kept ? kept : _current = new EscapeScratch();
        scratch.Count = 0;
        return scratch;
    }

    /// <summary>Appends one cleaned character of run <paramref name="run"/>.</summary>
    private void Add(char c, int run)
    {
        if (Count == Chars.Length)
        {
            Grow(Count * 2);
        }

        Chars[Count] = c;
        RunOf[Count++] = run;
    }

    /// <summary>Appends characters of run <paramref name="run"/> that cleaning keeps as they are.</summary>
    private void AddRange(ReadOnlySpan<char> chars, int run)
    {
        if (Count + chars.Length > Chars.Length)
        {
            Grow(Math.Max(Count + chars.Length, Count * 2));
        }

        chars.CopyTo(Chars.AsSpan(Count));
        RunOf.AsSpan(Count, chars.Length).Fill(run);
        Count += chars.Length;
    }

    /// <summary>Drops the last character.</summary>
    public void RemoveLast() => Count--;

    /// <summary>Makes <see cref="Protect"/> hold at least <paramref name="words"/> entries.</summary>
    public void EnsureWords(int words)
    {
        if (Protect.Length < words)
        {
            var protect = Protect;
            Array.Resize(ref protect, Math.Max(words, Protect.Length * 2));
            Protect = protect;
        }
    }

    /// <summary>Makes <see cref="Stack"/> hold at least <paramref name="depth"/> entries.</summary>
    private void EnsureStack(int depth)
    {
        if (Stack.Length < depth)
        {
            var stack = Stack;
            Array.Resize(ref stack, Math.Max(depth, Stack.Length * 2));
            Stack = stack;
        }
    }

    private void Grow(int size)
    {
        var chars = Chars;
        var runOf = RunOf;
        Chars = new char[size];
        RunOf = new int[size];
        Balanced = new bool[size];
        WordOf = new int[size];
        chars.AsSpan(0, Count).CopyTo(Chars);
        runOf.AsSpan(0, Count).CopyTo(RunOf);
    }

    /// <summary>Appends <paramref name="text"/> as run <paramref name="run"/>: control characters dropped (returns whether any were), white space collapsed (one line).</summary>
    public bool AddCleaned(string text, int run)
    {
        var dropped = false;
        for (var rest = text.AsSpan(); rest.Length > 0;)
        {
            // Printable ASCII is kept as it is: copied at once up to the next space, control or non-ASCII character.
            var other = rest.IndexOfAnyExceptInRange('!', '~');
            if (other < 0)
            {
                AddRange(rest, run);
                break;
            }

            AddRange(rest[..other], run);
            var c = rest[other];
            rest = rest[(other + 1)..];
            if (IsCollapsible(c))
            {
                if (Count > 0 && Chars[Count - 1] != ' ')
                {
                    Add(' ', run);
                }
            }
            else if (char.IsControl(c))
            {
                dropped = true;
            }
            else
            {
                Add(c, run);
            }
        }

        return dropped;
    }

    /// <summary>Marks in <see cref="Balanced"/> the braces that have a partner.</summary>
    public void PairBraces()
    {
        var chars = Chars.AsSpan(0, Count);
        var balanced = Balanced.AsSpan(0, Count);
        balanced.Clear();
        var depth = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '{')
            {
                EnsureStack(depth + 1);
                Stack[depth++] = i;
            }
            else if (chars[i] == '}' && depth > 0)
            {
                balanced[Stack[--depth]] = true;
                balanced[i] = true;
            }
        }
    }

    private static bool IsCollapsible(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007');
}
