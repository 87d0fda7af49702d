using System.IO.Compression;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// Rewrites a package's zip with fixed entry timestamps, so the same input gives the same bytes
/// (System.IO.Packaging stamps every entry with the current time).
/// </summary>
internal static class DeterministicPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(MemoryStream package)
    {
        package.Position = 0;
        using var output = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
