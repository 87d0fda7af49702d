using System.IO.Compression;

namespace TalkExport.Core.Exporting;

/// <summary>
/// Rewrites an Open XML package's zip (.docx, .xlsx) with fixed entry timestamps, so the same input
/// gives the same bytes (System.IO.Packaging stamps every entry with the current time). For an updated CV, the parts
/// the update did not change are copied from the original byte for byte: the SDK re-serializes
/// every part it saves (Word's CRLF after the declaration, its attribute quoting), and a CV's
/// footer, header or custom XML must come out as it went in.
/// </summary>
public static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The package with every entry stamped with one fixed time.</summary>
    public static byte[] Normalize(MemoryStream package) => Normalize(package, null, null);

    /// <summary>The package, with every entry not in <paramref name="rewritten"/> taken from <paramref name="original"/> where it has one.</summary>
    public static byte[] Normalize(MemoryStream package, byte[]? original, IReadOnlySet<string>? rewritten)
    {
        ArgumentNullException.ThrowIfNull(package);
        package.Position = 0;
        using var before = original is null ? null : new ZipArchive(new MemoryStream(original, writable: false), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var from = rewritten is not null && !rewritten.Contains(entry.FullName) && before?.GetEntry(entry.FullName) is { } kept ? kept : entry;
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var read = from.Open();
                using var write = copy.Open();
                read.CopyTo(write);
            }
        }

        return output.ToArray();
    }
}
