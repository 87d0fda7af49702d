namespace TalkExport.Exporters.Orcid.Importing;

/// <summary>
/// One object of an ORCID work, read from JSON or XML alike, so that one mapping
/// (<see cref="OrcidWorkFields.Read"/>) reads both: ORCID's two forms name the same fields.
/// </summary>
internal interface IOrcidNode
{
    /// <summary>The child object <paramref name="name"/> (<c>title</c>, <c>publication-date</c>), or null.</summary>
    IOrcidNode? Child(string name);

    /// <summary>The repeated children <paramref name="name"/> of this container (<c>external-id</c> of <c>external-ids</c>).</summary>
    IEnumerable<IOrcidNode> Items(string name);

    /// <summary>The simple value <paramref name="name"/> (JSON's <c>{"value": …}</c> unwrapped), or null.</summary>
    string? Text(string name);
}
