namespace TalkExport.Core.Exporting;

/// <summary>
/// The exporters known to a run, in registration order. The composition root registers the
/// built-ins in one explicit list; user-defined exporters (templates, plug-ins) append.
/// </summary>
public sealed class ExporterRegistry
{
    private readonly List<ITalkExporter> _exporters = [];

    /// <summary>All exporters in registration order.</summary>
    public IReadOnlyList<ITalkExporter> All => _exporters;

    /// <summary>Adds an exporter.</summary>
    /// <exception cref="ArgumentException">The id is not lowercase one-word, or is taken.</exception>
    public ExporterRegistry Add(ITalkExporter exporter)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        if (exporter.Id.Length == 0 || !exporter.Id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException($"Exporter id '{exporter.Id}' must be lowercase letters, digits or '-'.", nameof(exporter));
        }

        if (Find(exporter.Id) is not null)
        {
            throw new ArgumentException($"An exporter with id '{exporter.Id}' is already registered.", nameof(exporter));
        }

        _exporters.Add(exporter);
        return this;
    }

    /// <summary>The exporter with this id (case-insensitive), or null.</summary>
    public ITalkExporter? Find(string id) =>
        _exporters.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));
}
