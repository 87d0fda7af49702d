using System.IO.Compression;
using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// Looks at a CV's package before the Open XML SDK parses it, so that what is not a Word
/// document gets a plain message and a compression bomb is refused before it costs gigabytes:
/// a password-protected file (an OLE container, not a zip), more than <see cref="MaxParts"/>
/// parts, an XML part that decompresses beyond <see cref="MaxXmlPartBytes"/>, a package beyond
/// <see cref="MaxPackageBytes"/> decompressed, or a document type declaration (which no Word
/// document has; .NET refuses it with a message about DtdProcessing).
/// </summary>
internal static class CvPackageCheck
{
    /// <summary>Parts in one package; a CV has a few dozen.</summary>
    public const int MaxParts = 10_000;

    /// <summary>One XML part (document.xml of a long CV is a few MB) decompressed; the SDK holds it as a DOM.</summary>
    public const long MaxXmlPartBytes = 64L * 1024 * 1024;

    /// <summary>The whole package decompressed (images included); it is rewritten in memory.</summary>
    public const long MaxPackageBytes = 512L * 1024 * 1024;

    // Word saves an encrypted document as an OLE compound file with this signature.
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly byte[] Doctype = "<!DOCTYPE"u8.ToArray();

    /// <summary>Throws a usage error naming what is wrong with the package; returns when the SDK may open it.</summary>
    public static void Check(byte[] package, string displayPath)
    {
        if (package.AsSpan().StartsWith(OleSignature))
        {
            throw Refused(displayPath, "the file is password-protected or in Word's old binary format (an OLE container, not a .docx package); save it as a .docx without a password (File > Info > Protect Document > Encrypt with Password: empty) and try again");
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return; // not a zip: the SDK's own message follows
        }

        using (zip)
        {
            if (zip.Entries.Count > MaxParts)
            {
                throw Refused(displayPath, $"the package has {zip.Entries.Count:N0} parts; a Word document has far fewer (the limit is {MaxParts:N0} parts)");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += CheckEntry(entry, displayPath, MaxPackageBytes - total);
            }
        }
    }

    // Decompresses the entry without keeping it, counting bytes (the sizes the zip declares can lie).
    private static long CheckEntry(ZipArchiveEntry entry, string displayPath, long left)
    {
        var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
        var limit = isXml ? Math.Min(MaxXmlPartBytes, left) : left;
        var buffer = new byte[81920];
        long size = 0;
        try
        {
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                // The declaration comes before the root element, so the first block holds it.
                if (isXml && size == 0 && buffer.AsSpan(0, read).IndexOf(Doctype) >= 0)
                {
                    throw Refused(displayPath, $"the part {entry.FullName} has a document type declaration (<!DOCTYPE …>), which no Word document has; it is not read");
                }

                size += read;
                if (size > limit)
                {
                    throw Refused(displayPath, limit == MaxXmlPartBytes
                        ? $"the part {entry.FullName} decompresses to more than {MaxXmlPartBytes / (1024 * 1024)} MiB (a compression bomb, or not a CV)"
                        : $"the package decompresses to more than {MaxPackageBytes / (1024 * 1024)} MiB (a compression bomb, or not a CV)");
                }
            }
        }
        catch (InvalidDataException)
        {
            // A damaged entry: the SDK says so when it opens the package.
        }

        return size;
    }

    private static TalkExportException Refused(string displayPath, string why) =>
        new(FailureKind.Usage, $"{displayPath}: not a Word document (.docx) that can be updated: {why}.", displayPath);
}
