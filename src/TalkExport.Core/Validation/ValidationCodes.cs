namespace TalkExport.Core.Validation;

/// <summary>Diagnostic codes of <c>validate</c> (TE2xxx: validation and queries).</summary>
public static class ValidationCodes
{
    /// <summary>A talk has no date.</summary>
    public const string MissingDate = "TE2001";

    /// <summary>A talk has no venue or event.</summary>
    public const string MissingVenue = "TE2002";

    /// <summary>Two records hold the same talk (same date, same title ignoring case, whitespace and punctuation).</summary>
    public const string Duplicate = "TE2003";

    /// <summary>A link is relative (the site URL is unknown): it will not work outside the site.</summary>
    public const string RelativeLink = "TE2004";

    /// <summary>A link points into the site folder, but the file is not there.</summary>
    public const string MissingLinkedFile = "TE2005";

    /// <summary>A talk has an empty title.</summary>
    public const string MissingTitle = "TE2006";
}
