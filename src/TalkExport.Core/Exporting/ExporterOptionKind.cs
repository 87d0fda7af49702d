namespace TalkExport.Core.Exporting;

/// <summary>The shape of an exporter option's value.</summary>
public enum ExporterOptionKind
{
    /// <summary>A switch: present or not (<c>--bom</c>).</summary>
    Flag,

    /// <summary>One value (<c>--dialect biblatex</c>).</summary>
    Value,

    /// <summary>Several values, repeatable or comma-separated (<c>--columns a,b</c>, <c>--highlight X --highlight Y</c>).</summary>
    List,
}
