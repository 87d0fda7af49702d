using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>
/// The talk items of a data file's value, in file order. A talk list is a list of mappings, kept at the
/// top, under one key (<c>talks:</c>) or grouped under year and month keys (<c>2024: - Oktober: - …</c>,
/// a page's nested <c>for</c> loops): a mapping with at least one scalar value is an item, a mapping
/// of lists only is a group whose keys may name a year or a month. A bare text in a list is no talk.
/// </summary>
internal static class DataTalkItems
{
    /// <summary>One item: its mapping, and the year and month its groups name (or 0).</summary>
    public readonly record struct Item(FrontMatterMapping Values, int Year, int Month);

    /// <summary>One text in a list where talks are (<c>- wjax, jug stuttgart</c>): no key says what it is.</summary>
    public readonly record struct BareText(FrontMatterScalar Value);

    /// <summary>The items and bare texts under <paramref name="root"/>, each in file order.</summary>
    public static (List<Item> Items, List<BareText> BareTexts) Find(FrontMatterValue root, int maxDepth)
    {
        var items = new List<Item>();
        var bare = new List<BareText>();
        // Depth-first in file order, iteratively: a hostile file's nesting costs no call stack.
        var pending = new Stack<(FrontMatterValue Value, int Year, int Month, int Depth)>();
        pending.Push((root, 0, 0, 0));
        while (pending.TryPop(out var next))
        {
            var (value, year, month, depth) = next;
            if (depth > maxDepth)
            {
                continue;
            }

            switch (value)
            {
                case FrontMatterMapping m when IsItem(m):
                    items.Add(new Item(m, year, month));
                    break;
                case FrontMatterMapping m:
                    for (var i = m.Entries.Count - 1; i >= 0; i--)
                    {
                        var (key, child) = m.Entries[i];
                        pending.Push((child, Year(key) is > 0 and var y ? y : year, Month(key) is > 0 and var mo ? mo : month, depth + 1));
                    }

                    break;
                case FrontMatterSequence s:
                    for (var i = s.Items.Count - 1; i >= 0; i--)
                    {
                        if (s.Items[i] is FrontMatterScalar { IsNull: false } text && !text.IsWhiteSpace)
                        {
                            // Pushed as a marker: reported in file order with the items around it.
                            pending.Push((text, year, month, -1));
                        }
                        else
                        {
                            pending.Push((s.Items[i], year, month, depth + 1));
                        }
                    }

                    break;
                case FrontMatterScalar text when depth < 0:
                    bare.Add(new BareText(text));
                    break;
            }
        }

        return (items, bare);
    }

    // A talk has at least one field of its own; a group (`- Oktober: [...]`, `talks: [...]`) holds lists only.
    private static bool IsItem(FrontMatterMapping mapping)
    {
        foreach (var (_, value) in mapping.Entries)
        {
            if (value is FrontMatterScalar)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The year a group key names (<c>2024</c>), or 0.</summary>
    public static int Year(string key) =>
        key.Length == 4 && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2199 ? year : 0;

    /// <summary>The month a group key names: a month name in English, German, French or Spanish (or its first three letters), or 0.</summary>
    public static int Month(string key)
    {
        var name = key.Trim().TrimEnd('.').ToLowerInvariant();
        if (name.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (name.Length == 3 ? MonthNames[i][0].StartsWith(name, StringComparison.Ordinal) : MonthNames[i].Contains(name, StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    // English first: a three-letter key is read as an English abbreviation ("mar" is March).
    private static readonly string[][] MonthNames =
    [
        ["january", "januar", "janvier", "enero", "jänner"],
        ["february", "februar", "février", "febrero"],
        ["march", "märz", "mars", "marzo", "maerz"],
        ["april", "avril", "abril"],
        ["may", "mai", "mayo"],
        ["june", "juni", "juin", "junio"],
        ["july", "juli", "juillet", "julio"],
        ["august", "août", "agosto"],
        ["september", "septembre", "septiembre"],
        ["october", "oktober", "octobre", "octubre"],
        ["november", "novembre", "noviembre"],
        ["december", "dezember", "décembre", "diciembre"],
    ];
}
