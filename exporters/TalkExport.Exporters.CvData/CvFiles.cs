using System.Text;
using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.CvData;

/// <summary>Reads the CV file that <c>--into</c> updates, keeping its BOM (if any) so no byte outside the talks changes.</summary>
public static class CvFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // A cv.yaml or resume.json is kilobytes; the limit keeps `--into /dev/zero` from filling memory.
    private const long MaxCvBytes = 64 * 1024 * 1024;

    /// <summary>The BOM bytes (empty or EF BB BF) and the text after them.</summary>
    /// <exception cref="TalkExportException">The file cannot be read or is not UTF-8 (usage error).</exception>
    public static (byte[] Bom, string Text) ReadText(string path)
    {
        // Named by the user: a FIFO is read as a stream, a device only up to the limit.
        var bytes = Core.Files.SafeFile.ReadAllBytes(path, Core.Files.FileTrust.User, MaxCvBytes, out var problem)
            ?? throw new TalkExportException(FailureKind.Usage, $"{path}: cannot read the CV: {problem}", path);

        var bom = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        try
        {
            return (bytes[..bom], StrictUtf8.GetString(bytes, bom, bytes.Length - bom));
        }
        catch (DecoderFallbackException e)
        {
            throw new TalkExportException(FailureKind.Usage, $"{path}: the CV is not UTF-8 text.", path, e);
        }
    }
}
