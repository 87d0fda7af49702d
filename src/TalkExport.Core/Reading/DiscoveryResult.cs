using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>What discovery found: candidate record files in display-path order, and what it skipped or refused.</summary>
/// <param name="Files">Files to read (ordinal order of <see cref="RecordFile.DisplayPath"/>).</param>
/// <param name="Diagnostics">Skipped files (info), impossible dates and missing paths (errors).</param>
/// <param name="CandidateFiles">How many candidate record files were found, including those refused with an error.</param>
public sealed record DiscoveryResult(IReadOnlyList<RecordFile> Files, IReadOnlyList<Diagnostic> Diagnostics, int CandidateFiles);
