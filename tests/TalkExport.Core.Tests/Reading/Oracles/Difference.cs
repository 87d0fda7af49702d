using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>Where TalkExport and the site generator disagree about one record.</summary>
/// <param name="Site">The site folder, relative to the corpus.</param>
/// <param name="Path">The record's path inside the site.</param>
/// <param name="Field">"record" (is it a published talk), "title", "url" or "date".</param>
/// <param name="Ours">What TalkExport read.</param>
/// <param name="Generator">What the generator read.</param>
/// <param name="FullPath">The record file, for rules that look at what it says.</param>
/// <param name="Page">The generator's page, where it has one.</param>
/// <param name="OurCodes">The diagnostic codes TalkExport reported for the record (TE1112: not a talk the owner gave, …).</param>
internal sealed record Difference(string Site, string Path, string Field, string? Ours, string? Generator, string FullPath, GeneratorPage? Page, IReadOnlySet<string> OurCodes)
{
    public override string ToString() => $"{Site}/{Path}: {Field}: ours {Ours ?? "(none)"} | generator {Generator ?? "(none)"}";
}
