using TalkExport.Core.Model;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>
/// The pure mapping of a <see cref="Talk"/> to a formatted <see cref="CvEntry"/> in one of the
/// <see cref="CvStyle"/>s (see docs formats/word.md). Talks without authors are the owner's.
/// </summary>
public sealed class CvEntryMapping
{
    private readonly CvStyle _style;
    private readonly OwnerNames _owner;
    private readonly Person? _ownerPerson;

    /// <summary>Creates a mapping.</summary>
    /// <param name="style">The style to write.</param>
    /// <param name="owner">Names to set in bold.</param>
    /// <param name="ownerName">The site owner's name, used as the author of talks that name none; may be null.</param>
    public CvEntryMapping(CvStyle style, OwnerNames owner, string? ownerName)
    {
        ArgumentNullException.ThrowIfNull(owner);
        _style = style;
        _owner = owner;
        _ownerPerson = Core.Reading.Dialects.PersonNames.Parse(ownerName);
    }

    /// <summary>Maps one talk.</summary>
    public CvEntry Map(Talk talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        var authors = talk.Authors.Count > 0 ? talk.Authors : _ownerPerson is { } p ? [p] : [];
        var (links, dropped) = CvLinks.Of(talk.Links);
        var b = new CvRunBuilder();
        switch (_style)
        {
            case CvStyle.Chicago:
                CitationWriters.Chicago(b, talk, authors, _owner);
                break;
            case CvStyle.Cv:
                CitationWriters.Compact(b, talk, authors, _owner);
                break;
            default:
                CitationWriters.Apa(b, talk, authors, _owner);
                break;
        }

        for (var i = 0; i < links.Count; i++)
        {
            b.Text(i == 0 ? " " : " \u00B7 ");
            b.Link(links[i].Label, links[i].Address);
        }

        return new CvEntry(b.Build()) { DroppedLinks = dropped };
    }
}
