namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>
/// The per-thread working arrays of <see cref="BibTeXEscaper"/>: the cleaned characters and, per
/// character, its HTML run, whether its brace has a partner and its word. Reused from value to
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

    public int[] Stack { get; private set; } = new int[64];

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
    public void Add(char c, int run)
    {
        if (Count == Chars.Length)
        {
            Grow(Count * 2);
        }

        Chars[Count] = c;
        RunOf[Count++] = run;
    }

    /// <summary>Appends characters of run <paramref name="run"/> that cleaning keeps as they are.</summary>
    public void AddRange(ReadOnlySpan<char> chars, int run)
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
    public void EnsureStack(int depth)
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
}
