using TalkExport.Core.Model;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>Author lists per style, with the owner's name in bold.</summary>
internal static class AuthorList
{
    /// <summary>APA 7: "A", "A, &amp; B", "A, B, &amp; C"; more than 20: the first 19, ". . .", the last.</summary>
    public static void Apa(CvRunBuilder b, IReadOnlyList<Person> authors, OwnerNames owner)
    {
        if (authors.Count > 20)
        {
            for (var i = 0; i < 19; i++)
            {
                Name(b, PersonNames.Apa(authors[i]), owner.Matches(authors[i]));
                b.Text(", ");
            }

            b.Text(". . . ");
            Name(b, PersonNames.Apa(authors[^1]), owner.Matches(authors[^1]));
            return;
        }

        for (var i = 0; i < authors.Count; i++)
        {
            if (i > 0)
            {
                b.Text(i == authors.Count - 1 ? ", & " : ", ");
            }

            Name(b, PersonNames.Apa(authors[i]), owner.Matches(authors[i]));
        }
    }

    /// <summary>Chicago: first author inverted, the rest given-first; "A, and B"; more than ten: seven and "et al.".</summary>
    public static void Chicago(CvRunBuilder b, IReadOnlyList<Person> authors, OwnerNames owner)
    {
        var shown = authors.Count > 10 ? 7 : authors.Count;
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                b.Text(i == shown - 1 && shown == authors.Count ? ", and " : ", ");
            }

            var name = i == 0 ? PersonNames.Inverted(authors[i]) : PersonNames.Natural(authors[i]);
            Name(b, name, owner.Matches(authors[i]));
        }

        if (shown < authors.Count)
        {
            b.Text(", et al.");
        }
    }

    /// <summary>Given-first names separated by commas, "and" before the last.</summary>
    public static void Natural(CvRunBuilder b, IReadOnlyList<Person> authors, OwnerNames owner)
    {
        for (var i = 0; i < authors.Count; i++)
        {
            if (i > 0)
            {
                b.Text(i == authors.Count - 1 ? (authors.Count > 2 ? ", and " : " and ") : ", ");
            }

            Name(b, PersonNames.Natural(authors[i]), owner.Matches(authors[i]));
        }
    }

    private static void Name(CvRunBuilder b, string name, bool bold) => b.Text(CitationWriters.Clean(name), bold);
}
