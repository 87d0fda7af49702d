using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Reading.Sites;

/// <summary>The owner's name as every reader and exporter should see it: cleaned once, where it is read.</summary>
internal static class OwnerName
{
    /// <summary>The name on one line, without honorifics and degrees ("Dr. Jose M. Pizarro" → "Jose M. Pizarro"); null when blank.</summary>
    public static string? Clean(string? written) =>
        TextCleaner.SingleLine(written) is { } name ? PersonNames.WithoutTitlesAndDegrees(name) : null;

    /// <summary>
    /// The site's own owner cleaned; a template's sample person is nobody (one warning, naming the
    /// file). An owner given in the options replaces the site's, so the site's is not judged then.
    /// </summary>
    public static SiteConfig Settle(SiteConfig site, ReaderOptions options, ICollection<Diagnostic> diagnostics)
    {
        site = site with { SampleAuthorIds = SampleAuthorIds(site.Authors) };
        if (!string.IsNullOrWhiteSpace(options.Owner) || Clean(site.Owner) is not { } owner)
        {
            return site with { Owner = null };
        }

        if (TemplateSamplePeople.TemplateOf(owner) is { } template)
        {
            var where = SiteFiles.Display(site.OwnerFile ?? site.RootPath ?? "");
            diagnostics.Add(Diagnostic.Warning(MappingDiagnosticCodes.SampleOwner, where, 0, 0, $"\"{owner}\" is the {template} template's sample person, not the site owner: talks that name no author get none (set owner: in talkexport.yml or --owner)"));
            return site with { Owner = null };
        }

        return site with { Owner = owner };
    }

    // The demo profile's id ("admin" in the Academic starter, "me" in Hugo Blox) stands for the owner, not for the sample person.
    private static HashSet<string> SampleAuthorIds(IReadOnlyDictionary<string, string> authors)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, name) in authors)
        {
            if (Clean(name) is { } cleaned && TemplateSamplePeople.TemplateOf(cleaned) is not null)
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
