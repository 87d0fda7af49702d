using System.CommandLine;

namespace TalkExport.Cli;

/// <summary>The composition root: builds the command tree and runs it.</summary>
public static class TalkExportApp
{
    /// <summary>Parses <paramref name="args"/> and runs the verb, writing through the given writers.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("talkexport: academic talk records (Jekyll/Hugo) to BibTeX, CSV, Word, ORCID and more.");
        var config = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(config).ConfigureAwait(false);
    }
}
