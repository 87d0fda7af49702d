namespace TalkExport.Testing;

/// <summary>
/// One content file as the site generator (Jekyll or Hugo) reads it: its path inside the site,
/// the collection or section it belongs to, its page date, title and URL, and whether it is published.
/// </summary>
/// <param name="Path">The path relative to the generator's source folder, with '/'.</param>
/// <param name="Collection">Jekyll's collection label ("posts", "talks") or Hugo's section ("talk", "event").</param>
/// <param name="Date">The generator's page date as YYYY-MM-DD, or null when the page has no date of its own.</param>
/// <param name="Title">The title as the generator has it (raw front-matter text).</param>
/// <param name="Url">The page URL (absolute where the site configures one).</param>
/// <param name="Published">False for Hugo drafts; Jekyll leaves unpublished files out altogether.</param>
/// <param name="ReadError">Jekyll logged a read error and published the page without its front matter.</param>
public sealed record GeneratorPage(string Path, string Collection, string? Date, string? Title, string Url, bool Published, bool ReadError);
