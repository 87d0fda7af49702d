using System.Globalization;
using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>Reads a record file's bytes within the size limit and decodes them as strict UTF-8.</summary>
internal static class RecordDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null with an error (too large, unreadable, invalid UTF-8 with its byte offset).</summary>
    public static string? Read(RecordFile file, ReaderLimits limits, ICollection<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            if (stream.Length > limits.MaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.FileTooLarge, file.DisplayPath, 0, 0, $"the file is {stream.Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the limit of {limits.MaxFileBytes.ToString(CultureInfo.InvariantCulture)}; not read"));
                return null;
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.ReadFailed, file.DisplayPath, 0, 0, "cannot read the file: " + e.Message));
            return null;
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? FirstInvalidByte(bytes) : 0;
            var before = bytes.AsSpan(0, offset);
            var line = before.Count((byte)'\n') + 1;
            var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.InvalidUtf8, file.DisplayPath, line, column, $"the file is not valid UTF-8 (byte offset {offset.ToString(CultureInfo.InvariantCulture)}, byte 0x{bytes[offset].ToString("X2", CultureInfo.InvariantCulture)}); save it as UTF-8"));
            return null;
        }
    }

    // The decoder's index is relative to its internal buffer; find the exact byte ourselves.
    private static int FirstInvalidByte(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(span.Length - 1, 0);
    }
}
