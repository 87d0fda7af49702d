using System.Globalization;

namespace TalkExport.Core.Exporting;

/// <summary>
/// The values given for an exporter's options (command line over config file), as text.
/// Exporters parse and check them; a bad value is a <see cref="TalkExportException"/> with
/// <see cref="FailureKind.Usage"/>.
/// </summary>
public sealed class ExporterSettings
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values;

    /// <summary>Settings from option name (kebab-case) to values; a flag is present with no values or "true"/"false".</summary>
    public ExporterSettings(IReadOnlyDictionary<string, IReadOnlyList<string>>? values = null)
    {
        _values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (values is not null)
        {
            foreach (var (key, value) in values)
            {
                _values[key] = value;
            }
        }
    }

    /// <summary>No settings: every exporter default applies.</summary>
    public static ExporterSettings Empty { get; } = new();

    /// <summary>The option names that have a value.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>Returns a copy with <paramref name="name"/> set.</summary>
    public ExporterSettings With(string name, params IReadOnlyList<string> values)
    {
        var copy = new Dictionary<string, IReadOnlyList<string>>(_values, StringComparer.Ordinal) { [name] = values };
        return new ExporterSettings(copy);
    }

    /// <summary>True when a flag is set (present with no value, or "true"/"yes"/"1").</summary>
    public bool GetFlag(string name)
    {
        if (!_values.TryGetValue(name, out var values))
        {
            return false;
        }

        return values.Count == 0 || values[^1].Trim().ToUpperInvariant() is "TRUE" or "YES" or "1" or "ON";
    }

    /// <summary>The last value given, or <paramref name="defaultValue"/>.</summary>
    public string? GetString(string name, string? defaultValue = null) =>
        _values.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : defaultValue;

    /// <summary>A value that must be one of <paramref name="allowed"/> (case-insensitive); returns the allowed spelling.</summary>
    /// <exception cref="TalkExportException">The value is not allowed.</exception>
    public string GetChoice(string name, IReadOnlyList<string> allowed, string defaultValue)
    {
        var value = GetString(name);
        if (value is null)
        {
            return defaultValue;
        }

        foreach (var a in allowed)
        {
            if (string.Equals(a, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return a;
            }
        }

        throw new TalkExportException(FailureKind.Usage, $"--{name}: '{value}' is not one of {string.Join(", ", allowed)}.");
    }

    /// <summary>An integer value, or <paramref name="defaultValue"/>.</summary>
    /// <exception cref="TalkExportException">The value is not an integer.</exception>
    public int GetInt(string name, int defaultValue)
    {
        var value = GetString(name);
        if (value is null)
        {
            return defaultValue;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new TalkExportException(FailureKind.Usage, $"--{name}: '{value}' is not a whole number.");
    }

    /// <summary>All values, with comma-separated values split and trimmed; empty when absent.</summary>
    public IReadOnlyList<string> GetList(string name, bool splitCommas = true)
    {
        if (!_values.TryGetValue(name, out var values))
        {
            return [];
        }

        if (!splitCommas)
        {
            return values;
        }

        return values
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
    }
}
