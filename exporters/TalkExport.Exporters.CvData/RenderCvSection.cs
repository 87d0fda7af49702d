namespace TalkExport.Exporters.CvData;

/// <summary>One <c>cv.sections.&lt;Title&gt;</c> list: its title and talks, in order.</summary>
/// <param name="Title">The section title (the YAML key).</param>
/// <param name="Talks">The talks, in CV order.</param>
public sealed record RenderCvSection(string Title, IReadOnlyList<CvTalk> Talks)
{
    /// <summary>The sections for <paramref name="talks"/>: one, or one per kind; kinds given the same title share a section.</summary>
    public static IReadOnlyList<RenderCvSection> Build(IReadOnlyList<CvTalk> talks, RenderCvOptions options)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.GroupByKind)
        {
            return [new RenderCvSection(options.Title, talks)];
        }

        var sections = new List<RenderCvSection>();
        foreach (var group in CvKindGroups.Of(talks))
        {
            var title = options.TitleOf(group.Key);
            var index = sections.FindIndex(s => string.Equals(s.Title, title, StringComparison.Ordinal));
            if (index < 0)
            {
                sections.Add(new RenderCvSection(title, [.. group]));
            }
            else
            {
                sections[index] = sections[index] with { Talks = [.. sections[index].Talks, .. group] };
            }
        }

        return sections;
    }
}
