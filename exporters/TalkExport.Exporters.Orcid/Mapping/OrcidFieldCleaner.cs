using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Orcid.Mapping;

/// <summary>Cleans and cuts one talk's values, reporting each change as a warning at the talk's record.</summary>
internal sealed class OrcidFieldCleaner(Talk talk, Action<Diagnostic> report)
{
    /// <summary>The cleaned value cut to <paramref name="limit"/>, or null when nothing is left.</summary>
    public string? Text(string? value, string field, int limit, bool singleLine)
    {
        var cleaned = OrcidText.Clean(value, singleLine, out var removed);
        if (removed)
        {
            Warn(OrcidDiagnosticCodes.CharactersRemoved, $"{field}: control characters that XML forbids were removed.");
        }

        if (cleaned is null || cleaned.Length <= limit)
        {
            return cleaned;
        }

        Warn(
            OrcidDiagnosticCodes.ValueCut,
            string.Create(CultureInfo.InvariantCulture, $"{field} is {cleaned.Length} characters; ORCID allows {limit}, so it was cut."));
        return OrcidText.Cut(cleaned, limit);
    }

    /// <summary>Reports a warning at the talk's record.</summary>
    public void Warn(string code, string message) =>
        report(Diagnostic.Warning(code, talk.Source.Path, talk.Source.Line, 1, message));
}
