namespace TalkExport.Core.Model;

/// <summary>What kind of talk it was. <see cref="Talk"/> when nothing more specific is known.</summary>
/// <remarks>The lowercase member name is the stable id used in JSON, filters and config (see <see cref="TalkKinds"/>).</remarks>
public enum TalkKind
{
    /// <summary>A talk of no more specific kind.</summary>
    Talk,

    /// <summary>An invited talk.</summary>
    Invited,

    /// <summary>A keynote or plenary talk.</summary>
    Keynote,

    /// <summary>A contributed (submitted, peer-reviewed) conference presentation.</summary>
    Contributed,

    /// <summary>A seminar or colloquium talk.</summary>
    Seminar,

    /// <summary>A lecture, including guest lectures.</summary>
    Lecture,

    /// <summary>A tutorial.</summary>
    Tutorial,

    /// <summary>A poster presentation.</summary>
    Poster,

    /// <summary>A panel appearance.</summary>
    Panel,
}
