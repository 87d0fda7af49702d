namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>Which words get braces so that styles do not change their case.</summary>
internal enum CaseProtection
{
    /// <summary>None (names, notes, keywords: styles leave them alone).</summary>
    None,

    /// <summary>Titles: whole words with capitals beyond a sentence-initial letter ({GANs}, {NLP}, {Bayesian}).</summary>
    Title,

    /// <summary>Names of events, venues and places: every word with a capital.</summary>
    ProperNoun,
}
