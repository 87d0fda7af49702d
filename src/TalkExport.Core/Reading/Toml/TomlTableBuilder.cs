using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Toml;

/// <summary>A TOML table being assembled from key/value lines, <c>[table]</c> and <c>[[array]]</c> headers, in file order.</summary>
internal sealed class TomlTableBuilder(int line, int column)
{
    // Values are FrontMatterValue, TomlTableBuilder or List<TomlTableBuilder> (an array of tables).
    private readonly List<KeyValuePair<string, object>> _entries = [];

    public object? Get(string key)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public void Set(string key, object value) => _entries.Add(new(key, value));

    /// <summary>The sub-table <paramref name="key"/> (created when missing; the last table of an array of tables).</summary>
    public TomlTableBuilder? Table(string key, int keyLine, int keyColumn)
    {
        switch (Get(key))
        {
            case null:
                var created = new TomlTableBuilder(keyLine, keyColumn);
                Set(key, created);
                return created;
            case TomlTableBuilder table:
                return table;
            case List<TomlTableBuilder> { Count: > 0 } tables:
                return tables[^1];
            default:
                return null;
        }
    }

    /// <summary>Appends a table to the array of tables <paramref name="key"/>.</summary>
    public TomlTableBuilder? AppendToArray(string key, int keyLine, int keyColumn)
    {
        var list = Get(key) as List<TomlTableBuilder>;
        if (list is null)
        {
            if (Get(key) is not null)
            {
                return null;
            }

            list = [];
            Set(key, list);
        }

        var table = new TomlTableBuilder(keyLine, keyColumn);
        list.Add(table);
        return table;
    }

    /// <summary>The finished mapping. Recursion depth is bounded by the caller's depth check.</summary>
    public FrontMatterMapping ToMapping()
    {
        var entries = new List<KeyValuePair<string, FrontMatterValue>>(_entries.Count);
        foreach (var (key, value) in _entries)
        {
            entries.Add(new(key, value switch
            {
                TomlTableBuilder table => table.ToMapping(),
                List<TomlTableBuilder> tables => new FrontMatterSequence(tables.ConvertAll(FrontMatterValue (t) => t.ToMapping()))
                {
                    Line = tables[0].Line,
                    Column = tables[0].Column,
                },
                _ => (FrontMatterValue)value,
            }));
        }

        return new FrontMatterMapping(entries) { Line = Line, Column = Column };
    }

    public int Line { get; } = line;

    public int Column { get; } = column;
}
