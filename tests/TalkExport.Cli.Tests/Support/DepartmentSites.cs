using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Support;

/// <summary>
/// A department of three fictional members' sites in three dialects, written to a temporary folder:
/// Ada (academicpages, her owner pinned "Family, Given" in her own talkexport.yml, a site tag
/// ignored), Charles (seed-style posts) and Grace (Hugo). Ada and Charles gave one talk together:
/// it is on both sites, its title written with other case and punctuation.
/// </summary>
internal sealed class DepartmentSites : IDisposable
{
    public DepartmentSites()
    {
        Temp.Write("ada/_config.yml", "name: Ada Lovelace\nurl: https://ada.example.org\n");
        Temp.Write("ada/talkexport.yml", "owner: Lovelace, Ada\nignore_tags: [frontpage]\n");
        Temp.Write("ada/_talks/2021-03-01-engines.md", "---\ntitle: \"Analytical engines, together\"\ncollection: talks\ntype: Talk\nvenue: Royal Society\ndate: 2021-03-01\ntags: [frontpage, computing]\n---\n");
        Temp.Write("ada/_talks/2020-10-01-notes.md", "---\ntitle: Notes on the engine\ncollection: talks\ntype: Invited talk\nvenue: Lab\ndate: 2020-10-01\ntags: [frontpage]\n---\n");
        Temp.Write("ada/_talks/2021-08-31-summer.md", "---\ntitle: Summer school\ncollection: talks\ntype: Talk\nvenue: School\ndate: 2021-08-31\n---\n");
        Temp.Write("charles/_config.yml", "name: Charles Babbage\nurl: https://charles.example.org\n");
        Temp.Write("charles/talks/_posts/2021-03-01-engines.md", "---\ntitle: \"Analytical Engines -- together!\"\nvenue: Royal Society\ndate: 2021-03-01\nauthors: \"Ada Lovelace, Charles Babbage\"\ntags: [computing]\n---\n");
        Temp.Write("grace/hugo.toml", "baseURL = \"https://grace.example.org/\"\n[params]\nname = \"Grace Hopper\"\n");
        Temp.Write("grace/content/event/compilers/index.md", "---\ntitle: Compilers\ndate: 2021-09-01\nevent: Conf\ntags: [computing]\n---\n");
    }

    /// <summary>The folder holding the three sites (tests write their outputs here too).</summary>
    public TempDirectory Temp { get; } = new();

    /// <summary>The three site folders, as PATH arguments.</summary>
    public string[] Paths => [Temp.Combine("ada"), Temp.Combine("charles"), Temp.Combine("grace")];

    public void Dispose() => Temp.Dispose();
}
