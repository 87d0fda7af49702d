namespace TalkExport.Core.Exporting;

/// <summary>
/// A document an exporter ships inside the tool (a built-in Liquid template, say), chosen by
/// <see cref="Name"/> and listed by the verb's <c>--list</c>.
/// </summary>
/// <param name="Name">The name a user chooses it by: "moderncv", "markdown-cv".</param>
/// <param name="Description">One line for <c>--list</c>.</param>
public sealed record GalleryTemplate(string Name, string Description);
