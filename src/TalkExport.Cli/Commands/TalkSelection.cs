using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Cli.Commands;

/// <summary>What one run read and selected.</summary>
/// <param name="Read">The reader's result (diagnostics already printed).</param>
/// <param name="All">Every talk read, with citation keys assigned over all of them (so a filter never changes a key).</param>
/// <param name="Selected">The talks after filters, dedupe and sort: what verbs export.</param>
public sealed record TalkSelection(ReadResult Read, IReadOnlyList<Talk> All, IReadOnlyList<Talk> Selected);
